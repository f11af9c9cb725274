import type { ChildProcess } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { startProcess, stopProcesses } from './processes'

export interface SupervisorOptions {
  /** Shown in the output prefix (`[name]`) and the pid file's name (`<name>.pid`). */
  name: string
  command: string
  args: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  dataDir: string
  /** How long to wait before starting a process that died. */
  restartDelayMs: number
  quiet: RegExp
  /** Called with every output line (see RunOptions). */
  onLine?: (line: string) => void
  /** Called when it keeps dying: more than `MAX_RESTARTS` within `RESTART_WINDOW_MS`. */
  onGiveUp: (code: number | null) => void
}

const MAX_RESTARTS = 5
const RESTART_WINDOW_MS = 10 * 60 * 1000

/**
 * Runs a long-lived child and starts it again when it dies unexpectedly. The running process
 * id is kept in `<dataDir>/run/<name>.pid`, so tests can kill it the way a crash would.
 */
export function superviseProcess({
  name,
  command,
  args,
  cwd,
  env,
  dataDir,
  restartDelayMs,
  quiet,
  onLine,
  onGiveUp,
}: SupervisorOptions) {
  const pidFile = path.join(dataDir, 'run', `${name}.pid`)
  const restarts: number[] = []
  let child: ChildProcess
  let isStopping = false

  const start = () => {
    child = startProcess(command, args, { cwd, env, prefix: `[${name}]`, quiet, onLine })
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
        `[${name}] stopped unexpectedly (${code ?? signal}); starting it again in ${restartDelayMs / 1000} s\n`,
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
