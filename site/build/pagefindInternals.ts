// The one module that uses Pagefind's internals: the id Pagefind gives each page's search
// result, which its node API does not return, read from the fragment files it writes
// (`fragment/<id>.pf_fragment`: gzip, a `pagefind_dcd` signature, then JSON with the page's
// URL). The search shards (search.ts) need the ids for the recent shard to replace the archive
// results of changed articles without indexing the archive again.
//
// Guarded: the build uses it only when checkPagefindInternals() passes (the installed version
// is the one it is written for, and two tiny pages indexed with the public API into a temporary
// folder are found with their ids; pagefindInternals.test.ts runs the same check), and
// readResultIds() answers null unless it found an id for every page. Without ids, search.ts
// indexes the archive shard whole whenever an article changed: slower, never broken.
//
// Also here: Pagefind gzips each index file itself, and its pagefind.js inflates only data
// that does not start with the signature already. storeUncompressed() stores the files every
// search loads that way, so the static server's brotli siblings serve them instead (the
// metadata of 10,000 articles: 99.6 kB as gzip, 79.9 kB as brotli).
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { decode, encode } from 'cbor2'
import * as pagefind from 'pagefind'

import { rankedId } from '../src/lib/search/shardInfo'
import { type Support, versionSupport } from './internalsSupport'

const FRAGMENT = /\.pf_fragment$/
const SIGNATURE = /^pagefind_dcd/

interface Fragment {
  url: string
  content: string
  filters: Record<string, string[]>
}

/** A fragment file's JSON: one page, or a group of pages keyed by id. */
function parseFragment(bytes: Buffer, name: string): Fragment | Record<string, Fragment> {
  const text = gunzipSync(bytes).toString('utf8')
  if (!SIGNATURE.test(text)) throw new Error(`${name} does not start with pagefind_dcd`)
  return JSON.parse(text.replace(SIGNATURE, '')) as Fragment | Record<string, Fragment>
}

/** Each fragment of the shard in `dir` with the id Pagefind gave it. */
function readFragments(shardDir: string): [string, Fragment][] {
  const fragments: [string, Fragment][] = []
  const fragmentDir = path.join(shardDir, 'fragment')
  for (const name of readdirSync(fragmentDir)) {
    if (!FRAGMENT.test(name)) continue
    const parsed = parseFragment(readFileSync(path.join(fragmentDir, name)), name)
    if (typeof parsed.url === 'string')
      fragments.push([name.replace(FRAGMENT, ''), parsed as Fragment])
    else fragments.push(...Object.entries(parsed as Record<string, Fragment>))
  }
  return fragments
}

/** The id Pagefind gave each URL's result, read from the fragments of the shard in `dir`. */
export function fragmentIds(shardDir: string): Record<string, string> {
  return Object.fromEntries(readFragments(shardDir).map(([id, fragment]) => [fragment.url, id]))
}

/** The text Pagefind indexed of each URL (the words it searches, the text of its excerpts). */
export function fragmentContents(shardDir: string): Record<string, string> {
  return Object.fromEntries(
    readFragments(shardDir).map(([, fragment]) => [fragment.url, fragment.content]),
  )
}

/**
 * The filter values of the results `ids`, each read from its own fragment file in one of the
 * shards in `shardDirs`; null when one cannot be read (a Pagefind whose files this module does
 * not know). Only the ids asked for are read: a publish replaces a few archive results.
 */
export function fragmentFilters(
  shardDirs: string[],
  ids: string[],
): Record<string, Record<string, string[]>> | null {
  const filters: Record<string, Record<string, string[]>> = {}
  for (const id of ids) {
    const name = `${id}.pf_fragment`
    const file = shardDirs
      .map((dir) => path.join(dir, 'fragment', name))
      .find((candidate) => existsSync(candidate))
    if (!file) return null
    try {
      const fragment = parseFragment(readFileSync(file), name)
      if (typeof fragment.url !== 'string' || typeof fragment.filters !== 'object') return null
      filters[id] = fragment.filters as Record<string, string[]>
    } catch {
      return null
    }
  }
  return filters
}

/** Pagefind's metadata, index and filter chunks and WebAssembly; not the fragments (small). */
const STORED_UNCOMPRESSED =
  /^(pagefind\..+\.pf_meta|index\/.+\.pf_index|filter\/.+\.pf_filter|wasm\..+\.pagefind)$/
const GZIP_MAGIC = [0x1f, 0x8b]

/** Inflates, in place, the gzip files of the shard in `dir` that every search loads. */
export function storeUncompressed(shardDir: string): void {
  const names = readdirSync(shardDir, { recursive: true, encoding: 'utf8' })
  for (const name of names.filter((entry) => STORED_UNCOMPRESSED.test(entry))) {
    const file = path.join(shardDir, name)
    const bytes = readFileSync(file)
    if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) continue
    const data = gunzipSync(bytes)
    if (!SIGNATURE.test(data.subarray(0, 12).toString('latin1')))
      throw new Error(`${name} does not start with pagefind_dcd`)
    writeFileSync(file, data)
  }
}

/** The date sort every article and event page has (`data-pagefind-sort`), by publication. */
const DATE_SORT = 'datum'
/**
 * Pagefind's metadata, as Pagefind 1.6 encodes it (CBOR after the signature): the version, the
 * pages (`[id, word count, fragment group]`), the index chunks, the filter chunks, the sorts
 * (`[name, page numbers in ascending order]`) and the meta fields. The index and filter chunks
 * name pages by their number, not their id.
 */
type Meta = [
  string,
  [string, number, string][],
  [string, string, string][],
  [string, string][],
  [string, number[]][],
  unknown,
]

function isMeta(value: unknown): value is Meta {
  if (!Array.isArray(value) || value.length !== 6 || typeof value[0] !== 'string') return false
  const [, pages, indexChunks, filterChunks, sorts] = value as unknown[]
  const isStrings = (item: unknown, length: number) =>
    Array.isArray(item) && item.length === length && item.every((part) => typeof part === 'string')
  return (
    Array.isArray(indexChunks) &&
    indexChunks.every((chunk) => isStrings(chunk, 3)) &&
    Array.isArray(filterChunks) &&
    filterChunks.every((chunk) => isStrings(chunk, 2)) &&
    Array.isArray(pages) &&
    pages.every(
      (page) =>
        Array.isArray(page) &&
        page.length === 3 &&
        typeof page[0] === 'string' &&
        typeof page[1] === 'number' &&
        page[2] === '',
    ) &&
    Array.isArray(sorts) &&
    sorts.every((sort) => Array.isArray(sort) && Array.isArray(sort[1]))
  )
}

/**
 * Gives every page of the shard in `shardDir` a short id, its rank by date, and drops the date
 * sort's page list from the metadata, which every first search downloads whole: Pagefind's ids
 * are a 7-hex-digit hash per page, and the sort list another number per page (at 10,000
 * articles the two were 59 of the metadata's 80 kB as brotli). The search page sorts a shard's
 * results by date from their ids (`rankOf` in shardInfo.ts). The pages are also numbered in
 * that order (Pagefind numbers them by its hash), so the ids in the metadata are `a-0`, `a-1`,
 * … in a row, which brotli sends almost for free (at 10,000 articles, ids in Pagefind's order
 * were 22 kB); the index and filter chunks name pages by number and are renumbered to match
 * (`renumberedChunk`). Renames the fragment files and the chunks, writes the metadata under a
 * new name and points the entry file at it. Leaves the shard as it was and answers false
 * unless its files are exactly as this module knows them: stored uncompressed
 * (storeUncompressed), one language, metadata and chunks that decode and encode back to the
 * very same bytes and have the shape Pagefind 1.6 writes, no fragment groups, and a date sort
 * that orders every page.
 */
export function rankPageIds(shardDir: string, prefix: string): boolean {
  const entryFile = path.join(shardDir, 'pagefind-entry.json')
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages: Record<string, { hash: string }>
  }
  const languages = Object.values(entry.languages)
  if (languages.length !== 1) return false
  const language = languages[0]!
  const metaFile = path.join(shardDir, `pagefind.${language.hash}.pf_meta`)
  const bytes = readFileSync(metaFile)
  const meta = decodeExactly(bytes)
  if (!isMeta(meta)) return false
  const [, pages, , , sorts] = meta
  const byDate = sorts.find(([name]) => name === DATE_SORT)?.[1]
  if (!byDate || byDate.length !== pages.length || new Set(byDate).size !== pages.length)
    return false
  const fragmentDir = path.join(shardDir, 'fragment')
  const ids = pages.map(([id]) => id)
  if (!ids.every((id) => existsSync(path.join(fragmentDir, `${id}.pf_fragment`)))) return false
  const numberOf = new Array<number>(pages.length)
  byDate.forEach((page, rank) => (numberOf[page] = rank))
  const lang = language.hash.split('_')[0]!
  const chunkName = (data: Buffer) =>
    `${lang}_${createHash('sha256').update(data).digest('hex').slice(0, 10)}`
  /** A chunk renumbered, in memory, with its new name: nothing is written unless all can be. */
  const renumber = (kind: 'index' | 'filter', hash: string) => {
    const file = path.join(shardDir, kind, `${hash}.pf_${kind}`)
    const data = existsSync(file) ? renumberedChunk(readFileSync(file), kind, numberOf) : null
    return data && { file, data, hash: chunkName(data) }
  }
  const indexChunks = meta[2].map(([, , hash]) => renumber('index', hash))
  const filterChunks = meta[3].map(([, hash]) => renumber('filter', hash))
  const chunks = [...indexChunks, ...filterChunks]
  if (!chunks.every((chunk) => chunk !== null)) return false

  byDate.forEach((page, rank) =>
    renameSync(
      path.join(fragmentDir, `${ids[page]}.pf_fragment`),
      path.join(fragmentDir, `${rankedId(prefix, rank)}.pf_fragment`),
    ),
  )
  for (const { file, data, hash } of chunks) {
    rmSync(file)
    writeFileSync(path.join(path.dirname(file), `${hash}${path.extname(file)}`), data)
  }
  meta[1] = byDate.map((page, rank) => [rankedId(prefix, rank), pages[page]![1], pages[page]![2]])
  meta[2] = meta[2].map(([from, to], n) => [from, to, indexChunks[n]!.hash])
  meta[3] = meta[3].map(([filter], n) => [filter, filterChunks[n]!.hash])
  meta[4] = sorts
    .filter(([name]) => name !== DATE_SORT)
    .map(([name, order]) => [name, order.map((page) => numberOf[page]!)])
  const written = Buffer.concat([bytes.subarray(0, 12), encode(meta)])
  const hash = chunkName(written)
  writeFileSync(path.join(shardDir, `pagefind.${hash}.pf_meta`), written)
  rmSync(metaFile)
  language.hash = hash
  writeFileSync(entryFile, JSON.stringify(entry))
  return true
}

/**
 * A file Pagefind stored uncompressed (the signature, then CBOR) decoded; undefined unless it
 * encodes back to the very same bytes, so that writing it changed would change nothing else.
 */
function decodeExactly(bytes: Buffer): unknown {
  if (!SIGNATURE.test(bytes.subarray(0, 12).toString('latin1'))) return undefined
  const body = bytes.subarray(12)
  try {
    const value = decode(body)
    return Buffer.compare(Buffer.from(encode(value)), body) === 0 ? value : undefined
  } catch {
    return undefined
  }
}

/** A page list of an index chunk: `[page number − the previous one, locations, meta locations]`. */
type PostingList = [number, unknown, unknown][]

const isPostingList = (list: unknown): list is PostingList =>
  Array.isArray(list) &&
  list.every(
    (posting) =>
      Array.isArray(posting) &&
      posting.length === 3 &&
      Number.isInteger(posting[0]) &&
      posting[0] >= 0,
  )

/**
 * An index chunk (`[[word, pages, [[variant, pages]]]]`, page numbers as differences) or a
 * filter chunk (`[filter, [[value, page numbers in ascending order]]]`) with each page number
 * `n` made `numberOf[n]`, in ascending order again; null unless the chunk is stored
 * uncompressed, decodes and encodes back to the same bytes, has that shape and names only
 * pages there are.
 */
function renumberedChunk(
  bytes: Buffer,
  kind: 'index' | 'filter',
  numberOf: number[],
): Buffer | null {
  const chunk = decodeExactly(bytes)
  if (!Array.isArray(chunk)) return null
  const count = numberOf.length
  const renumberPostings = (list: PostingList): boolean => {
    let page = 0
    const renumbered = list.map((posting): [number, unknown, unknown] => {
      page += posting[0]
      return [numberOf[page] ?? -1, posting[1], posting[2]]
    })
    if (page >= count) return false
    renumbered.sort((a, b) => a[0] - b[0])
    renumbered.forEach((posting, n) => {
      list[n] = [posting[0] - (n ? renumbered[n - 1]![0] : 0), posting[1], posting[2]]
    })
    return true
  }
  if (kind === 'index') {
    const [words] = chunk as unknown[]
    if (chunk.length !== 1 || !Array.isArray(words)) return null
    for (const word of words as unknown[]) {
      if (!Array.isArray(word) || word.length !== 3 || typeof word[0] !== 'string') return null
      const [, postings, variants] = word as [string, unknown, unknown]
      if (!isPostingList(postings) || !renumberPostings(postings) || !Array.isArray(variants))
        return null
      for (const variant of variants as unknown[]) {
        if (!Array.isArray(variant) || variant.length !== 2 || typeof variant[0] !== 'string')
          return null
        if (!isPostingList(variant[1]) || !renumberPostings(variant[1])) return null
      }
    }
  } else {
    const [filter, values] = chunk as unknown[]
    if (chunk.length !== 2 || typeof filter !== 'string' || !Array.isArray(values)) return null
    for (const value of values as unknown[]) {
      if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') return null
      const pages = value[1] as unknown
      if (
        !Array.isArray(pages) ||
        !pages.every((page) => Number.isInteger(page) && page >= 0 && page < count)
      )
        return null
      value[1] = (pages as number[]).map((page) => numberOf[page]!).sort((a, b) => a - b)
    }
  }
  return Buffer.concat([bytes.subarray(0, 12), encode(chunk)])
}

/**
 * The ids of the results for `urls` in the shard in `dir`; null when they cannot be read, or
 * some page has none (a Pagefind whose files this module does not know).
 */
export function readResultIds(shardDir: string, urls: string[]): Record<string, string> | null {
  let ids: Record<string, string>
  try {
    ids = fragmentIds(shardDir)
  } catch {
    return null
  }
  return urls.every((url) => typeof ids[url] === 'string') ? ids : null
}

/** Two pages as the site's articles are marked up for Pagefind. */
const PROBE_PAGES = ['/artikel/prov-ett/', '/artikel/prov-tva/'].map((url, at) => ({
  url,
  content: `<!doctype html><html lang="sv"><body><main data-pagefind-body><h1>Prov ${at + 1}</h1><p>Text ${at + 1} om kommunernas ekonomi.</p></main></body></html>`,
}))

/**
 * Whether this module can be used with the installed Pagefind: its version is the one it is
 * written for, and the ids of two pages indexed with the public API are read back, one each.
 */
export async function checkPagefindInternals(): Promise<Support> {
  const version = versionSupport('pagefind')
  if (!version.isSupported) return version
  const dir = mkdtempSync(path.join(tmpdir(), 'redaktion-pagefind-check-'))
  try {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(errors.join('; '))
    for (const page of PROBE_PAGES) await index.addHTMLFile(page)
    await index.writeFiles({ outputPath: dir })
    await index.deleteIndex()
    const urls = PROBE_PAGES.map((page) => page.url)
    const ids = readResultIds(dir, urls)
    if (!ids || new Set(urls.map((url) => ids[url])).size !== urls.length)
      return { isSupported: false, reason: `Pagefind's fragment files are not as expected` }
    return { isSupported: true }
  } catch (error) {
    return { isSupported: false, reason: `Pagefind's check failed: ${(error as Error).message}` }
  } finally {
    await pagefind.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
