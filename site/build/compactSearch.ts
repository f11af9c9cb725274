// Started by the site build (compaction.ts), detached: makes a new archive search
// shard from a release. Usage: tsx compactSearch.ts <release folder> <search store>
import { rmSync } from 'node:fs'
import path from 'node:path'

import { searchStoreFiles } from '../siteDataFolder'
import { compact } from './compaction'

const [releaseDir, storeDir] = process.argv.slice(2)
if (!releaseDir || !storeDir) throw new Error('Usage: compactSearch.ts <release> <store>')
const started = performance.now()
try {
  const { archive } = await compact(releaseDir, storeDir)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  process.stdout.write(
    `${new Date().toISOString()} Archive shard of ${Object.keys(archive.keys).length} articles from ${path.basename(releaseDir)} in ${seconds} s\n`,
  )
} finally {
  rmSync(searchStoreFiles(storeDir).compactionLock, { force: true })
}
