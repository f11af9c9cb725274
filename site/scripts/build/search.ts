// Sharded search. The archive shard (pagefind/) indexes every article and is made by a full
// build; a publish does not touch it. The recent shard (pagefind-recent/) indexes only the
// articles whose page changed since the archive shard was made, and `shard.json` lists the
// archive results those pages replace (changed, renamed or unpublished articles), so the search
// page merges both with Pagefind's mergeIndex and drops the replaced archive results.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import * as pagefind from 'pagefind'

import { newerSnapshot } from './compaction'
import type { PageRecord, SearchRecord } from './manifest'
import { outputFileOf } from './tree'

export const ARCHIVE_SHARD = 'pagefind'
export const RECENT_SHARD = 'pagefind-recent'
/** Read by the search page: whether to merge the recent shard, and the archive ids it replaces. */
export const SHARD_FILE = 'shard.json'

export interface ShardInfo {
  merge: boolean
  drop: string[]
}

const isArticlePage = (pagePath: string) => pagePath.startsWith('/artikel/')

async function newIndex() {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
  return index
}

function check(response: { errors: string[] }, what: string) {
  if (response.errors.length) throw new Error(`Pagefind ${what}: ${response.errors.join('; ')}`)
}

/** The id Pagefind gives each URL's result, read from the fragments it wrote. */
export function fragmentIds(shardDir: string): Record<string, string> {
  const ids: Record<string, string> = {}
  const fragmentDir = path.join(shardDir, 'fragment')
  for (const name of readdirSync(fragmentDir)) {
    if (!name.endsWith('.pf_fragment')) continue
    const json = gunzipSync(readFileSync(path.join(fragmentDir, name)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '')
    const parsed = JSON.parse(json) as { url?: string } | Record<string, { url: string }>
    // A fragment file holds one page, or a group of pages keyed by id.
    if (typeof parsed.url === 'string') ids[parsed.url] = name.replace(/\.pf_fragment$/, '')
    else
      for (const [id, fragment] of Object.entries(parsed as Record<string, { url: string }>))
        ids[fragment.url] = id
  }
  return ids
}

function writeShardInfo(outDir: string, info: ShardInfo) {
  mkdirSync(path.join(outDir, RECENT_SHARD), { recursive: true })
  writeFileSync(path.join(outDir, RECENT_SHARD, SHARD_FILE), JSON.stringify(info))
}

/** Indexes every article of a built site into its archive shard. */
export async function buildArchiveShard(
  siteDir: string,
  shardDir: string,
  pages: Record<string, PageRecord>,
): Promise<SearchRecord['archive']> {
  const index = await newIndex()
  check(await index.addDirectory({ path: siteDir, glob: 'artikel/**/*.html' }), 'indexing')
  check(await index.writeFiles({ outputPath: shardDir }), 'writing')
  await pagefind.close()
  const ids = fragmentIds(shardDir)
  const keys = Object.fromEntries(
    Object.keys(ids).flatMap((url) => (pages[url] ? [[url, pages[url].key]] : [])),
  )
  return { madeAt: new Date().toISOString(), keys, ids }
}

/**
 * Makes the search shards of a release in `outDir`. Without a previous record (a full build)
 * the archive shard indexes every article; otherwise the archive shard is kept (or replaced by
 * a newer one from the search store, see compaction.ts) and the recent shard indexes every
 * article page whose key differs from the one the archive indexed.
 */
export async function buildSearch({
  outDir,
  pages,
  previous,
  storeDir,
  log,
}: {
  outDir: string
  pages: Record<string, PageRecord>
  previous: SearchRecord | null
  storeDir: string | null
  log: (message: string) => void
}): Promise<SearchRecord> {
  if (!previous) {
    const archive = await buildArchiveShard(outDir, path.join(outDir, ARCHIVE_SHARD), pages)
    log(`Pagefind indexed ${Object.keys(archive.ids).length} articles (archive shard)`)
    writeShardInfo(outDir, { merge: false, drop: [] })
    return { archive, recent: [] }
  }
  let { archive } = previous
  const snapshot = storeDir ? newerSnapshot(storeDir, archive.madeAt) : null
  if (snapshot) {
    const shardDir = path.join(outDir, ARCHIVE_SHARD)
    rmSync(shardDir, { recursive: true, force: true })
    const copy = spawnSync('cp', ['-al', path.join(snapshot.dir, ARCHIVE_SHARD), shardDir])
    if (copy.status !== 0) throw new Error(`Could not copy the archive shard ${snapshot.dir}`)
    archive = snapshot.archive
    log(`Adopted the archive shard made from release ${path.basename(snapshot.dir)}`)
  }
  const changed = Object.keys(pages).filter(
    (url) => isArticlePage(url) && pages[url]!.key !== archive.keys[url],
  )
  const gone = Object.keys(archive.ids).filter((url) => !pages[url])
  const recent: string[] = []
  let recentIds = new Set<string>()
  if (changed.length) {
    const index = await newIndex()
    for (const url of changed) {
      const content = readFileSync(path.join(outDir, outputFileOf(url)), 'utf8')
      // Redirect pages (old slugs) have no searchable body and are left out.
      if (!content.includes('data-pagefind-body')) continue
      check(await index.addHTMLFile({ url, content }), `indexing ${url}`)
      recent.push(url)
    }
    if (recent.length) {
      check(await index.writeFiles({ outputPath: path.join(outDir, RECENT_SHARD) }), 'writing')
      recentIds = new Set(Object.values(fragmentIds(path.join(outDir, RECENT_SHARD))))
    }
    await pagefind.close()
  }
  // An unchanged text indexes to the same id in both shards: that result must stay.
  const drop = [...changed, ...gone].flatMap((url) => {
    const id = archive.ids[url]
    return id && !recentIds.has(id) ? [id] : []
  })
  writeShardInfo(outDir, { merge: recent.length > 0, drop })
  log(
    `Pagefind indexed ${recent.length} changed articles (recent shard); ${drop.length} archive results replaced`,
  )
  return { archive, recent }
}
