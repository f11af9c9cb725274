import { superviseProcess } from '../lib/superviseProcess'
import { cmsDir } from '../lib/paths'

export interface CmsSupervisorOptions {
  env: NodeJS.ProcessEnv
  dataDir: string
  /** How long to wait before starting a CMS that died. */
  restartDelayMs: number
  quiet: RegExp
  /** Called when the CMS keeps dying (see superviseProcess). */
  onGiveUp: (code: number | null) => void
}

/**
 * Runs the CMS (cms/src/server.ts) and starts it again when it dies unexpectedly, so a crash
 * costs readers a few seconds of unanswered forms (which keep their text) rather than the
 * newsroom its inbox. The running process id is kept in `<dataDir>/run/cms.pid`.
 */
export function superviseCms(options: CmsSupervisorOptions) {
  return superviseProcess({
    ...options,
    name: 'cms',
    command: process.execPath,
    args: ['--import', 'tsx', 'src/server.ts'],
    cwd: cmsDir,
  })
}
