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
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import * as pagefind from 'pagefind'

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
