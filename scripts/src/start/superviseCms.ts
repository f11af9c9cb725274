import type { ChildProcess } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { cmsDir } from '../lib/paths'
import { startProcess, stopProcesses } from '../lib/processes'

export interface CmsSupervisorOptions {
  env: NodeJS.ProcessEnv
  dataDir: string
  /** How long to wait before starting a CMS that died. */
  restartDelayMs: number
  quiet: RegExp
  /** Called when the CMS keeps dying: more than `MAX_RESTARTS` within `RESTART_WINDOW_MS`. */
  onGiveUp: (code: number | null) => void
}

const MAX_RESTARTS = 5
const RESTART_WINDOW_MS = 10 * 60 * 1000

/**
 * Runs the CMS (cms/src/server.ts) and starts it again when it dies unexpectedly, so a crash
 * costs readers a few seconds of unanswered forms (which keep their text) rather than the
 * newsroom its inbox. The running process id is kept in `<dataDir>/run/cms.pid`.
 */
export function superviseCms({
  env,
  dataDir,
  restartDelayMs,
  quiet,
  onGiveUp,
}: CmsSupervisorOptions) {
  const pidFile = path.join(dataDir, 'run', 'cms.pid')
  const restarts: number[] = []
  let child: ChildProcess
  let isStopping = false

  const start = () => {
    child = startProcess(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: cmsDir,
      env,
      prefix: '[cms]',
      quiet,
    })
    mkdirSync(path.dirname(pidFile), { recursive: true })
    writeFileSync(pidFile, `${child.pid}\n`)
    child.on('exit', (code, signal) => {
      if (isStopping) return
      const now = Date.now()
      restarts.push(now)
      while (restarts[0]! < now - RESTART_WINDOW_MS) restarts.shift()
      if (restarts.length > MAX_RESTARTS) {
        onGiveUp(code)
        return
      }
      process.stdout.write(
        `[cms] stopped unexpectedly (${code ?? signal}); starting it again in ${restartDelayMs / 1000} s\n`,
      )
      setTimeout(() => {
        if (!isStopping) start()
      }, restartDelayMs)
    })
  }
  start()

  return {
    async stop(): Promise<void> {
      isStopping = true
      await stopProcesses([child])
      rmSync(pidFile, { force: true })
    },
  }
}
