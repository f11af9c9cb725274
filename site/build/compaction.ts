// Background compaction of the search shards. Every publish indexes the articles changed since
// the archive shard was made into the recent shard, which therefore grows. Once it holds
// COMPACT_AT articles, the build starts a detached process that indexes the whole new release
// into a fresh archive shard in the search store, off the publish path; the next build adopts
// it and its recent shard shrinks back to the articles changed since.
import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

import { searchStoreFiles } from '../siteDataFolder'
import type { SearchRecord } from './manifest'
import { readManifest } from './manifest'
import { buildArchiveShard, countSetting } from './search'
import { filesUnder, precompressFiles } from './precompress.mjs'

/** How many articles the recent shard may hold before a new archive shard is made. */
export const compactAt = () => countSetting('SITE_SEARCH_COMPACT_AT', 200)

const SNAPSHOT_FILE = 'archive.json'
const KEEP_SNAPSHOTS = 2

export interface Snapshot {
  dir: string
  archive: SearchRecord['archive']
}

/** The newest finished archive shard in the store made after `madeAt`, if any. */
export function newerSnapshot(storeDir: string, madeAt: string): Snapshot | null {
  if (!existsSync(storeDir)) return null
  const snapshots = readdirSync(storeDir)
    .filter((name) => !name.startsWith('.') && existsSync(path.join(storeDir, name, SNAPSHOT_FILE)))
    .map((name) => ({
      dir: path.join(storeDir, name),
      archive: JSON.parse(
        readFileSync(path.join(storeDir, name, SNAPSHOT_FILE), 'utf8'),
      ) as Snapshot['archive'],
    }))
    // A shard made by an older build, without the vocabulary of its compounds, is not used.
    .filter((snapshot) => snapshot.archive.madeAt > madeAt && snapshot.archive.vocabulary)
    .sort((a, b) => b.archive.madeAt.localeCompare(a.archive.madeAt))
  return snapshots[0] ?? null
}

function isRunning(pidFile: string): boolean {
  if (!existsSync(pidFile)) return false
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8')), 0)
    return true
  } catch {
    return false
  }
}

/** Starts a detached compaction of `releaseDir` unless one is running; returns whether it did. */
export function startCompaction(storeDir: string, releaseDir: string): boolean {
  mkdirSync(storeDir, { recursive: true })
  const { compactionLock: lock, compactionLog } = searchStoreFiles(storeDir)
  if (isRunning(lock)) return false
  const logFile = openSync(compactionLog, 'a')
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'compactSearch.ts'), releaseDir, storeDir],
    { detached: true, stdio: ['ignore', logFile, logFile], env: process.env },
  )
  writeFileSync(lock, String(child.pid))
  child.unref()
  return true
}

/** The compaction itself (run by compactSearch.ts): a new archive shard of a whole release. */
export async function compact(releaseDir: string, storeDir: string): Promise<Snapshot> {
  const manifest = readManifest(releaseDir)
  if (!manifest) throw new Error(`${releaseDir} has no build manifest`)
  const name = path.basename(releaseDir)
  const work = path.join(storeDir, `.${name}.partial`)
  rmSync(work, { recursive: true, force: true })
  const archive = await buildArchiveShard(releaseDir, work, manifest.pages, true)
  await precompressFiles(filesUnder(work))
  writeFileSync(path.join(work, SNAPSHOT_FILE), JSON.stringify(archive))
  const dir = path.join(storeDir, name)
  rmSync(dir, { recursive: true, force: true })
  renameSync(work, dir)
  // Older shards are not needed by any future build (releases hold their own hard links).
  const finished = readdirSync(storeDir)
    .filter(
      (entry) => !entry.startsWith('.') && existsSync(path.join(storeDir, entry, SNAPSHOT_FILE)),
    )
    .sort()
  for (const old of finished.slice(0, -KEEP_SNAPSHOTS))
    rmSync(path.join(storeDir, old), { recursive: true, force: true })
  return { dir, archive }
}
