// Sharded search. The archive shard indexes every article and is made by a full build; a
// publish does not touch it. It comes in parts of at most SITE_SEARCH_PART_SIZE articles
// (pagefind/, pagefind-2/, …), each indexed by its own Pagefind run, so the indexer's memory
// stays bounded however large the archive grows. The recent shard (pagefind-recent/) indexes
// only the articles whose page changed since the archive was made, and `shard.json`
// (src/lib/search/shardInfo.ts) lists every shard to search and the archive results the recent
// one replaces (changed, renamed or unpublished articles), with their filter values; the search
// page searches each shard and merges the results and the filter counts.
//
// The archive results to replace are named by the ids Pagefind gave them, and their filter
// values read from their fragments, which only pagefindInternals.ts can read. A build that may not read them (`readsIds` false), or whose
// archive shard was made without them, indexes the archive shard whole whenever an article
// changed or is gone, and has no recent shard.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import * as pagefind from 'pagefind'

import type { CompoundSplitter } from '../src/lib/search/compoundSplit'
import { newerSnapshot } from './compaction'
import type { PageRecord, SearchRecord } from './manifest'
import {
  ARCHIVE_SHARD,
  idPrefix,
  RECENT_SHARD,
  type ShardInfo,
  SHARD_FILE,
} from '../src/lib/search/shardInfo'
import { fragmentFilters, rankPageIds, readResultIds, storeUncompressed } from './pagefindInternals'
import {
  collectVocabulary,
  splitterFor,
  vocabularyRecord,
  withCompoundParts,
} from './searchCompounds'
import { filesUnder, precompressFiles } from './precompress.mjs'
import { hardLinkCopy, outputFileOf } from './tree'

export { RECENT_SHARD }

/** A setting of the build from the environment: a whole number of at least 1. */
export function countSetting(name: string, fallback: number): number {
  const raw = process.env[name]
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a whole number of at least 1, not "${raw}"`)
  return value
}

/** How many articles one Pagefind run indexes into one part of the archive shard. */
export const partSize = () => countSetting('SITE_SEARCH_PART_SIZE', 20_000)
/** Pagefind requests sent before waiting for their answers. */
const FILES_IN_FLIGHT = 16

/** The folder of the archive's part `n` (from 1). */
const partName = (n: number) => (n === 1 ? ARCHIVE_SHARD : `${ARCHIVE_SHARD}-${n}`)

/** The pages search finds: articles and events (`/evenemang/<slug>/`, not the list). */
const isArticlePage = (pagePath: string) =>
  pagePath.startsWith('/artikel/') || /^\/evenemang\/[^/]+\/$/.test(pagePath)

/**
 * Starts Pagefind's indexer process ahead of the first index, while this process is small (a
 * process started from a large one starts slowly, see commandRunner.ts); incremental builds
 * keep it for the next one.
 */
export async function startPagefind(): Promise<void> {
  await (await newIndex()).deleteIndex()
}

async function newIndex() {
  const { index, errors } = await pagefind.createIndex({})
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
  return index
}

function check(response: { errors: string[] }, what: string) {
  if (response.errors.length) throw new Error(`Pagefind ${what}: ${response.errors.join('; ')}`)
}

/**
 * Pagefind's ready-made search interfaces and its worker, which it writes into every shard: the
 * search page uses its JS API (pagefind.js) alone, on the page's thread, and these 430 kB were
 * precompressed on every publish.
 */
const UNUSED_UI = /^pagefind-(component-ui|modular-ui|ui|worker)\./
/**
 * What the site loads from the first archive part only: the search page merges every other
 * shard into that part's Pagefind (searchPage.ts), so their own script and WebAssembly go
 * unused, and a page opened from a search result marks the searched words with that part's
 * highlighter (searchHighlight.ts).
 */
const FIRST_PART_ONLY = /^(pagefind\.js|pagefind-highlight\.js|wasm\..+\.pagefind)$/

/**
 * Writes a shard into `dir`, without the files nobody loads; with `mayReadInternals`, its
 * index files uncompressed (precompression then serves them smaller, see pagefindInternals.ts).
 */
async function writeShard(
  index: Awaited<ReturnType<typeof newIndex>>,
  dir: string,
  {
    isFirstPart,
    mayReadInternals,
    log = () => undefined,
  }: { isFirstPart: boolean; mayReadInternals: boolean; log?: (message: string) => void },
) {
  check(await index.writeFiles({ outputPath: dir }), 'writing')
  for (const name of readdirSync(dir))
    if (UNUSED_UI.test(name) || (!isFirstPart && FIRST_PART_ONLY.test(name)))
      rmSync(path.join(dir, name))
  log(`Search ${path.basename(dir)}: Pagefind wrote its files`)
  if (!mayReadInternals) return
  storeUncompressed(dir)
  rankPageIds(dir, idPrefix(path.basename(dir)))
  log(`Search ${path.basename(dir)}: stored uncompressed and renumbered`)
}

function writeShardInfo(outDir: string, info: ShardInfo) {
  mkdirSync(path.join(outDir, RECENT_SHARD), { recursive: true })
  writeFileSync(path.join(outDir, RECENT_SHARD, SHARD_FILE), JSON.stringify(info))
}

const readPage = (siteDir: string, url: string) =>
  readFileSync(path.join(siteDir, outputFileOf(url)), 'utf8')

/** The words of the article pages at `urls` of a built site (searchCompounds.ts). */
function vocabularyOf(siteDir: string, urls: string[]) {
  const vocabulary = { words: new Set<string>(), names: new Set<string>() }
  for (const url of urls) collectVocabulary(readPage(siteDir, url), vocabulary)
  return vocabulary
}

/**
 * Adds the article pages at `urls` of a built site to a Pagefind index, each compound followed
 * by its parts (searchCompounds.ts); returns those added.
 */
async function addArticles(
  index: Awaited<ReturnType<typeof newIndex>>,
  siteDir: string,
  urls: string[],
  split: CompoundSplitter,
): Promise<string[]> {
  const added: string[] = []
  for (let start = 0; start < urls.length; start += FILES_IN_FLIGHT) {
    const batch = urls.slice(start, start + FILES_IN_FLIGHT).flatMap((url) => {
      const content = readPage(siteDir, url)
      // Redirect pages (old slugs) have no searchable body and are left out.
      return content.includes('data-pagefind-body')
        ? [{ url, content: withCompoundParts(content, split) }]
        : []
    })
    const responses = await Promise.all(batch.map((file) => index.addHTMLFile(file)))
    responses.forEach((response, at) => check(response, `indexing ${batch[at]!.url}`))
    added.push(...batch.map((file) => file.url))
  }
  return added
}

/**
 * Indexes every article of a built site into the archive shard's parts under `targetDir`, one
 * Pagefind run (one indexer process) per part, compounds split by the words of every article;
 * with `readsIds`, records each result's id.
 */
export async function buildArchiveShard(
  siteDir: string,
  targetDir: string,
  pages: Record<string, PageRecord>,
  readsIds: boolean,
  /** Says when each step ended (a full build's log: where its time goes). */
  log: (message: string) => void = () => undefined,
): Promise<SearchRecord['archive']> {
  const urls = Object.keys(pages).filter(isArticlePage).sort()
  const size = partSize()
  const parts: string[] = []
  const indexed: string[] = []
  let ids: Record<string, string> | null = readsIds ? {} : null
  const vocabulary = vocabularyRecord(vocabularyOf(siteDir, urls))
  const split = splitterFor(vocabulary)
  log(`Search: the words of ${urls.length} pages collected for compound splitting`)
  for (let start = 0; start === 0 || start < urls.length; start += size) {
    const name = partName(parts.length + 1)
    const index = await newIndex()
    const added = await addArticles(index, siteDir, urls.slice(start, start + size), split)
    log(`Search part ${parts.length + 1}: Pagefind indexed ${added.length} pages`)
    await writeShard(index, path.join(targetDir, name), {
      isFirstPart: start === 0,
      mayReadInternals: readsIds,
      log,
    })
    await pagefind.close()
    const partIds = ids && readResultIds(path.join(targetDir, name), added)
    ids = partIds ? Object.assign(ids!, partIds) : null
    indexed.push(...added)
    parts.push(name)
  }
  const keys = Object.fromEntries(indexed.map((url) => [url, pages[url]!.key]))
  return { madeAt: new Date().toISOString(), keys, ids, parts, vocabulary }
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
  readsIds,
  log,
}: {
  outDir: string
  pages: Record<string, PageRecord>
  previous: SearchRecord | null
  storeDir: string | null
  /** Whether Pagefind's result ids may be read (pagefindInternals.ts). */
  readsIds: boolean
  log: (message: string) => void
}): Promise<SearchRecord> {
  const basePaths = (archive: SearchRecord['archive']) => archive.parts.map((name) => `/${name}/`)
  /** Indexes every article into a new archive shard, in place of `replaced`'s parts. */
  const wholeArchive = async (replaced: SearchRecord['archive'] | null) => {
    for (const name of [...(replaced?.parts ?? []), RECENT_SHARD])
      rmSync(path.join(outDir, name), { recursive: true, force: true })
    const archive = await buildArchiveShard(outDir, outDir, pages, readsIds, log)
    if (replaced)
      await precompressFiles(archive.parts.flatMap((name) => filesUnder(path.join(outDir, name))))
    log(
      `Pagefind indexed ${Object.keys(archive.keys).length} articles (archive shard, ${archive.parts.length} parts${archive.ids ? '' : ', without result ids'})`,
    )
    writeShardInfo(outDir, { shards: basePaths(archive), replaced: {} })
    return { archive, recent: [] }
  }
  if (!previous) return wholeArchive(null)
  let { archive } = previous
  const snapshot = storeDir ? newerSnapshot(storeDir, archive.madeAt) : null
  if (snapshot) {
    for (const name of archive.parts)
      rmSync(path.join(outDir, name), { recursive: true, force: true })
    for (const name of snapshot.archive.parts)
      await hardLinkCopy(path.join(snapshot.dir, name), path.join(outDir, name))
    archive = snapshot.archive
    log(`Adopted the archive shard made from release ${path.basename(snapshot.dir)}`)
  }
  const changed = Object.keys(pages).filter(
    (url) => isArticlePage(url) && pages[url]!.key !== archive.keys[url],
  )
  const gone = Object.keys(archive.keys).filter((url) => !pages[url])
  const archiveIds = readsIds ? archive.ids : null
  if (!archiveIds && changed.length + gone.length > 0) return wholeArchive(archive)
  const recent: string[] = []
  if (changed.length) {
    const split = splitterFor(archive.vocabulary, vocabularyOf(outDir, changed))
    const index = await newIndex()
    recent.push(...(await addArticles(index, outDir, changed, split)))
    if (recent.length)
      await writeShard(index, path.join(outDir, RECENT_SHARD), {
        isFirstPart: false,
        mayReadInternals: true,
      })
    // Pagefind's indexer process stays for the next publish (see startPagefind).
    await index.deleteIndex()
    // The recent shard's files are as pagefindInternals.ts knows them, or nothing is read.
    if (recent.length && !readResultIds(path.join(outDir, RECENT_SHARD), recent))
      return wholeArchive(archive)
  }
  // An unchanged text indexes to the same id in both shards: the page keeps the recent one.
  const replacedIds = [...changed, ...gone].flatMap((url) => archiveIds?.[url] ?? [])
  const replaced = fragmentFilters(
    archive.parts.map((name) => path.join(outDir, name)),
    replacedIds,
  )
  if (!replaced) return wholeArchive(archive)
  writeShardInfo(outDir, {
    shards: [...basePaths(archive), ...(recent.length ? [`/${RECENT_SHARD}/`] : [])],
    replaced,
  })
  log(
    `Pagefind indexed ${recent.length} changed articles (recent shard); ${replacedIds.length} archive results replaced`,
  )
  return { archive, recent }
}
