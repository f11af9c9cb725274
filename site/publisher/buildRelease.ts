import { existsSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Change } from './changeQueue'
import type { Retry } from './nextRetry'
import type { Release } from './queueStore'
import type { SiteDataFolder } from '../siteDataFolder'
import { listReleases, liveReleaseId, newReleaseId, switchLive } from './releases'
import type { BuildRun, RunningBuild } from './runBuild'

/** How a build ended, as the scheduler is told (scheduler.ts). */
export type BuildOutcome = { type: 'built'; release: Release } | { type: 'failed'; message: string }

/**
 * Builds a release of `changes` into a folder of its own and points `live` at it only if the
 * build succeeded and wrote an index.html. The build's process id is kept in the data folder's
 * build pid file while it runs, so that a publisher killed meanwhile can stop it after a restart.
 */
export function buildRelease({
  paths,
  changes,
  retry,
  retryAttempts,
  start,
  log,
}: {
  paths: SiteDataFolder
  changes: Change[]
  /** The retry this build is, for the log. */
  retry: Retry | null
  retryAttempts: number
  /** Starts the build: in the build server, or as a command of its own. */
  start: (run: Omit<BuildRun, 'command' | 'env'>) => RunningBuild
  log: (line: string) => void
}): { run: RunningBuild; outcome: Promise<BuildOutcome>; liveId: string | null } {
  const started = Date.now()
  const id = newReleaseId(new Date(started), listReleases(paths))
  const outDir = path.join(paths.releasesDir, id)
  const { changesFile, buildPidFile: pidFile } = paths
  writeFileSync(changesFile, `${JSON.stringify(changes, null, 2)}\n`)
  const liveId = liveReleaseId(paths)
  const ofRetry = retry ? ` (retry ${retry.attempt} of ${retryAttempts})` : ''
  log(`Building release ${id} for ${describe(changes)}${ofRetry}`)
  const run = start({
    outDir,
    changesFile,
    previousDir: liveId ? path.join(paths.releasesDir, liveId) : null,
    searchStore: paths.searchStore,
    onLine: (line: string) => log(`  [build] ${line}`),
  })
  writeFileSync(pidFile, `${run.pid}\n`)
  const outcome = run.done
    .finally(() => rmSync(pidFile, { force: true }))
    .then((): BuildOutcome => {
      if (!existsSync(path.join(outDir, 'index.html')))
        throw new Error(`The build finished but wrote no index.html into ${outDir}`)
      switchLive(paths, id)
      const finishedAt = new Date()
      const durationMs = finishedAt.getTime() - started
      log(`Release ${id} is live (${(durationMs / 1000).toFixed(1)} s)`)
      const release = {
        id,
        finishedAt: finishedAt.toISOString(),
        durationMs,
        changes: changes.length,
      }
      return { type: 'built', release }
    })
    .catch((error: Error): BuildOutcome => ({ type: 'failed', message: error.message }))
  return { run, outcome, liveId }
}

function describe(changes: readonly Change[]): string {
  const events = [...new Set(changes.map((change) => `${change.collection}:${change.event}`))]
  return `${changes.length} change${changes.length === 1 ? '' : 's'} (${events.slice(0, 5).join(', ')})`
}
