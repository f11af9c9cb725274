import { execFile } from 'node:child_process'
import { mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import type { SiteDataFolder } from '../siteDataFolder'

const execFileAsync = promisify(execFile)

/** A sortable, unique release id: the UTC time to the millisecond, e.g. 20261123T173253123Z. */
export function newReleaseId(now: Date, existing: readonly string[]): string {
  const base = now.toISOString().replace(/[-:.]/g, '')
  let id = base
  for (let suffix = 1; existing.includes(id); suffix++) id = `${base}-${suffix}`
  return id
}

/**
 * The releases to delete: all but the newest `keep`, never the live one, and any release
 * newer than the live one (a build that was interrupted or failed before going live).
 */
export function releasesToPrune({
  ids,
  liveId,
  keep,
}: {
  ids: readonly string[]
  liveId: string | null
  keep: number
}): string[] {
  const sorted = [...ids].sort()
  const finished = liveId ? sorted.filter((id) => id <= liveId) : []
  const unfinished = sorted.filter((id) => !finished.includes(id))
  const tooOld = finished.slice(0, Math.max(0, finished.length - keep))
  return [...tooOld, ...unfinished].filter((id) => id !== liveId)
}

/** The two names of the data folder the releases need (siteDataFolder.ts). */
export type ReleasePaths = Pick<SiteDataFolder, 'releasesDir' | 'liveLink'>

export function listReleases({ releasesDir }: ReleasePaths): string[] {
  mkdirSync(releasesDir, { recursive: true })
  return readdirSync(releasesDir).sort()
}

/** The id of the release `live` points to, or null before the first release. */
export function liveReleaseId({ liveLink }: ReleasePaths): string | null {
  try {
    return path.basename(readlinkSync(liveLink))
  } catch {
    return null
  }
}

/** Points `live` at a release in one step: a new symlink renamed over the old one. */
export function switchLive(paths: ReleasePaths, id: string): void {
  const temporary = `${paths.liveLink}.${process.pid}.tmp`
  rmSync(temporary, { force: true })
  symlinkSync(path.join(path.basename(paths.releasesDir), id), temporary)
  renameSync(temporary, paths.liveLink)
}

/**
 * Starts deleting the releases `releasesToPrune` names and returns their ids at once. The list
 * is taken now, so a build that starts while the folders are being deleted (a 10,000-article
 * release takes tens of seconds) keeps its own, newer folder; `skip` leaves out folders an
 * earlier call is still deleting.
 */
export function pruneReleases(
  paths: ReleasePaths,
  {
    keep,
    skip = new Set(),
    recycleDir = null,
    after = Promise.resolve(),
  }: {
    keep: number
    skip?: ReadonlySet<string>
    recycleDir?: string | null
    /** A deletion to wait for before this one starts. */
    after?: Promise<void>
  },
): { ids: string[]; done: Promise<void> } {
  const liveId = liveReleaseId(paths)
  const ids = releasesToPrune({ ids: listReleases(paths), liveId, keep }).filter(
    (id) => !skip.has(id),
  )
  const doomed = ids.map((id) => path.join(paths.releasesDir, id))
  if (recycleDir) {
    // The newest release that went live is handed to the build server instead of deleted.
    // The publisher only ever renames into the recycle folder; the build server alone takes
    // releases out of it, to reuse or to delete (releaseCopies.ts), so no two processes
    // rename the same folder.
    const recycled = ids.filter((id) => liveId !== null && id < liveId).at(-1)
    if (recycled) {
      mkdirSync(recycleDir, { recursive: true })
      const from = path.join(paths.releasesDir, recycled)
      if (renameIfThere(from, path.join(recycleDir, recycled)))
        doomed.splice(doomed.indexOf(from), 1)
    }
  }
  return { ids, done: after.then(() => removeAtLowPriority(doomed)) }
}

/** Renames `from` to `to`; false when `from` is gone (another process took it). */
function renameIfThere(from: string, to: string): boolean {
  try {
    renameSync(from, to)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}

/**
 * Deletes folders with `nice -n 19 rm -rf`, so that a build running meanwhile keeps the CPU
 * (deleting a 10,000-article release is tens of thousands of unlinks, seconds of system time).
 */
function removeAtLowPriority(dirs: string[]): Promise<void> {
  if (dirs.length === 0) return Promise.resolve()
  return execFileAsync('nice', ['-n', '19', 'rm', '-rf', '--', ...dirs], {
    cwd: path.dirname(dirs[0]!),
  }).then(() => undefined)
}
