import path from 'node:path'

import { repoRoot } from '../lib/paths'
import { superviseProcess } from '../lib/superviseProcess'

export interface PublisherSupervisorOptions {
  env: NodeJS.ProcessEnv
  dataDir: string
  restartDelayMs: number
  quiet: RegExp
  onLine?: (line: string) => void
  onGiveUp: (code: number | null) => void
}

/**
 * Runs the publisher (site/publisher/main.ts) and restarts it when it dies; its queue
 * is persisted, so a restart rebuilds whatever the dead one had not made live.
 */
export function supervisePublisher(options: PublisherSupervisorOptions) {
  return superviseProcess({
    ...options,
    name: 'publisher',
    command: process.execPath,
    args: ['--import', 'tsx', path.join(repoRoot, 'site/publisher/main.ts')],
    cwd: repoRoot,
  })
}
