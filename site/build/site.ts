// One build of the news site into a release folder, full or incremental (see build.ts for
// the command line and buildServer.ts for the publisher's long-lived build process).
//
// Full build: Astro renders every page, Pagefind indexes every article (the archive shard),
// every text file is precompressed, and `.build-manifest.json` records each page's key.
//
// Incremental build (given the live release): Astro renders only the pages whose key changed
// (src/lib/pageKeys.ts); the new release starts as a hard-linked copy of the previous one, the
// rendered files replace theirs, pages that no longer exist and assets nothing uses are
// removed, and only the articles changed since the archive shard was made are indexed, into a
// small second shard (pagefind-recent/) that the search page merges. The result equals a full
// build file for file (tested in site/tests/incrementalBuild.server.test.ts), apart from the
// search shards.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import { siteChangeListSchema } from '@redaktion/content-schemas/siteWebhook'

import type { BuildHooks, Change } from '../src/lib/buildHooks'
import type { RawNewsroom } from '../src/lib/newsroomSource'
import { filesUnder, precompressFiles } from './precompress.mjs'
import { compactAt, startCompaction } from './compaction'
import {
  MANIFEST_FILE,
  type Manifest,
  type PageRecord,
  readManifest,
  type SearchRecord,
  writeManifest,
} from './manifest'
import type { Renderer } from './render'
import { buildSearch, RECENT_SHARD } from './search'
import {
  assetsIn,
  hardLinkCopy,
  moveRenderedFiles,
  outputFileOf,
  type ReleaseChanges,
  removeEmptyParents,
} from './tree'

/** Written into each release (a dotfile, not served); the next build starts from it. */
export const NEWSROOM_FILE = '.newsroom.json'

/** The live release an incremental build starts from. */
export interface PreviousRelease {
  dir: string
  manifest: Manifest
  /** Its copy of the newsroom; null when it has none (the newsroom is then fetched in full). */
  newsroom: RawNewsroom | null
}

export interface SiteBuild {
  outDir: string
  codeHash: string
  /** The live release, when its code hash is this build's: the build is then incremental. */
  previous: PreviousRelease | null
  /** What changed since the live release (the publisher's list); null: everything. */
  changes: Change[] | null
  /** Where background-made archive search shards are kept (the publisher's), if anywhere. */
  searchStore: string | null
  /** Whether Pagefind's result ids may be read (pagefindInternals.ts; see search.ts). */
  readsSearchIds: boolean
  renderer: Renderer
  /**
   * Makes `to` a hard-linked copy of the previous release `from` (default: hardLinkCopy); the
   * build server hands over one it made in advance.
   */
  copyRelease?: (from: string, to: string) => Promise<void>
  /** Prints a step of the build, with the time (performance.now()) it ended. */
  log: (message: string, at?: number) => void
}

/** What a build made, for the next one. */
export interface BuiltRelease {
  manifest: Manifest
  newsroom: RawNewsroom
  /**
   * Writes the release's manifest (and starts a search compaction when one is due); the
   * release is complete without it, so the build server does this after answering. Without a
   * manifest the next build is a full one; the newsroom copy (writeNewsroomCopy) comes last.
   */
  writeRecords: () => void
  /** What an incremental build changed in its copy of the previous release; null after a full one. */
  changes: ReleaseChanges | null
}

/** Prints steps of a build started at `startedAt`, each with the time it ended (default: now). */
export function stepLogger(startedAt = performance.now()) {
  return (message: string, at = performance.now()) =>
    process.stdout.write(`[site build ${((at - startedAt) / 1000).toFixed(1)} s] ${message}\n`)
}

/** Reads a release's copy of the newsroom; null when it has none. */
export function readNewsroomCopy(releaseDir: string): RawNewsroom | null {
  const file = path.join(releaseDir, NEWSROOM_FILE)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RawNewsroom) : null
}

/**
 * Writes a release's copy of the newsroom: `JSON.stringify(newsroom)`, made a few hundred
 * documents at a time so that the event loop is never held for long (the whole newsroom of
 * 10,000 articles is 41 MB of JSON), in `partialFile` (on the release's file system) renamed
 * into place at the end: the copy is whole or missing. Given a signal, it stops when that is
 * aborted and leaves no copy; it returns whether it wrote one.
 */
export async function writeNewsroomCopy(
  releaseDir: string,
  newsroom: RawNewsroom,
  {
    partialFile = path.join(releaseDir, `${NEWSROOM_FILE}.partial`),
    signal = undefined as AbortSignal | undefined,
  } = {},
): Promise<boolean> {
  const out = await open(partialFile, 'w')
  let isWhole = false
  try {
    let separator = '{'
    for (const [name, docs] of Object.entries(newsroom) as [string, unknown][]) {
      await out.write(`${separator}${JSON.stringify(name)}:`)
      separator = ','
      // A global (one document, e.g. the type statements) is written as it is.
      if (!Array.isArray(docs)) {
        await out.write(JSON.stringify(docs ?? null))
        continue
      }
      await out.write('[')
      for (let start = 0; start < docs.length; start += NEWSROOM_BATCH) {
        if (signal?.aborted) return false
        const batch = docs.slice(start, start + NEWSROOM_BATCH).map((doc) => JSON.stringify(doc))
        await out.write(`${start > 0 ? ',' : ''}${batch.join(',')}`)
      }
      await out.write(']')
    }
    await out.write(separator === '{' ? '{}' : '}')
    isWhole = true
  } finally {
    await out.close()
    if (!isWhole) await rm(partialFile, { force: true })
  }
  await rename(partialFile, path.join(releaseDir, NEWSROOM_FILE))
  return true
}

/** Documents of the newsroom turned into JSON between two turns of the event loop. */
const NEWSROOM_BATCH = 250

/**
 * The live release to build from, when its code hash is `hash`; otherwise null and a line
 * saying why the build is a full one.
 */
export function previousRelease(
  dir: string | null,
  hash: string,
  log: (message: string) => void,
): PreviousRelease | null {
  if (!dir) return null
  const manifest = readManifest(dir)
  if (manifest?.codeHash === hash) {
    log(`Incremental build from ${dir}`)
    return { dir, manifest, newsroom: readNewsroomCopy(dir) }
  }
  log(
    manifest
      ? 'The site code changed since the live release: full build'
      : 'No manifest in the live release: full build',
  )
  return null
}

/** The publisher's list of changes; null (everything) when there is none. */
export function readChanges(file: string | undefined): Change[] | null {
  return file ? siteChangeListSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : null
}

/**
 * Every page's key of a release, by path: made from its manifest once, or kept from the build
 * that made it (a 100,000-entry object made again on every publish took tens of milliseconds).
 */
const pageKeys = new WeakMap<Manifest, Record<string, string>>()

function pageKeysOf(manifest: Manifest): Record<string, string> {
  let keys = pageKeys.get(manifest)
  if (!keys) {
    keys = Object.fromEntries(
      Object.entries(manifest.pages).map(([pagePath, { key }]) => [pagePath, key]),
    )
    pageKeys.set(manifest, keys)
  }
  return keys
}

/**
 * Renders with Astro into the renderer's folder and returns every page's key, the newsroom
 * the pages were made from, and the bundle's files; the site files made from the newsroom
 * (such as `_redirects`) are written into that folder.
 */
async function render({
  renderer,
  previous,
  changes,
  log,
}: Pick<SiteBuild, 'renderer' | 'previous' | 'changes' | 'log'>) {
  const keys: Record<string, string> = {}
  const siteFiles: Record<string, string> = {}
  let newsroom: RawNewsroom | null = null
  let newsroomAt = 0
  let keyMs = 0
  let routes = 0
  const isReused = renderer.isWarm
  const hooks: BuildHooks = {
    previousPages: previous ? pageKeysOf(previous.manifest) : null,
    record: keys,
    previousNewsroom: previous?.newsroom ?? null,
    changes: previous ? changes : null,
    onRoute: (route) => {
      Object.assign(keys, route.pages)
      keyMs += route.keyMs
      routes++
    },
    onSiteFile: (name, content) => (siteFiles[name] = content),
    onNewsroom: (raw, timing) => {
      newsroom = raw
      newsroomAt = timing.askedAt + timing.ms
      log(
        isReused
          ? 'Astro is ready (kept from the last build)'
          : 'Astro started and bundled the site',
        timing.askedAt,
      )
      log('Newsroom loaded', newsroomAt)
    },
  }
  const { bundleAssets } = await renderer.render(hooks)
  if (!newsroom) throw new Error('Astro rendered the site without asking for the newsroom')
  log(`Page keys of ${routes} routes computed`, newsroomAt + keyMs)
  for (const [name, content] of Object.entries(siteFiles))
    writeFileSync(path.join(renderer.dir, name), content)
  return { keys, newsroom: newsroom as RawNewsroom, bundleAssets }
}

/**
 * The pages of a build, each with the assets its output uses: read from the rendered file, or
 * the previous record for a page not rendered again (its key is the same).
 */
function pageRecords(
  keys: Record<string, string>,
  rendered: string,
  previous: Manifest | null,
  /** Gets the paths of the pages whose record is new. */
  fresh: string[] = [],
): Record<string, PageRecord> {
  const pages: Record<string, PageRecord> = {}
  const renderedFiles = new Set(filesUnder(rendered).map((file) => path.relative(rendered, file)))
  for (const [pagePath, key] of Object.entries(keys)) {
    const file = outputFileOf(pagePath)
    if (renderedFiles.has(file)) {
      pages[pagePath] = { key, assets: assetsIn(readFileSync(path.join(rendered, file), 'utf8')) }
      fresh.push(pagePath)
    } else if (previous?.pages[pagePath]?.key === key) pages[pagePath] = previous.pages[pagePath]
    else throw new Error(`The build did not write ${pagePath}`)
  }
  return pages
}

/**
 * How many keyed pages of a release use each /_astro/ file, kept beside its manifest in memory
 * (made from every record once, by a process that read the manifest from disk): the next build
 * updates it from the pages it rendered and removed, instead of gathering every page's assets
 * (at 100,000 articles, a million names).
 */
const assetUses = new WeakMap<Manifest, Map<string, number>>()

function assetUsesOf(manifest: Manifest): Map<string, number> {
  let uses = assetUses.get(manifest)
  if (!uses) {
    uses = new Map()
    for (const record of Object.values(manifest.pages))
      for (const asset of record.assets) uses.set(asset, (uses.get(asset) ?? 0) + 1)
    assetUses.set(manifest, uses)
  }
  return uses
}

/** The previous release's uses, less the old records of `changed` pages, plus their new ones. */
function updatedAssetUses(
  previous: Manifest,
  pages: Record<string, PageRecord>,
  changed: Iterable<string>,
): Map<string, number> {
  const uses = new Map(assetUsesOf(previous))
  const add = (record: PageRecord | undefined, step: number) =>
    record?.assets.forEach((asset) => {
      const count = (uses.get(asset) ?? 0) + step
      if (count > 0) uses.set(asset, count)
      else uses.delete(asset)
    })
  for (const pagePath of changed) {
    add(previous.pages[pagePath], -1)
    add(pages[pagePath], 1)
  }
  return uses
}

async function fullBuild(build: SiteBuild): Promise<BuiltRelease> {
  const { outDir, renderer, log } = build
  rmSync(outDir, { recursive: true, force: true })
  const { keys, newsroom } = await render(build)
  renameSync(renderer.dir, outDir)
  log(`Astro rendered ${Object.keys(keys).length} keyed pages`)
  const pages = pageRecords(keys, outDir, null)
  // The rendered files are compressed while the search is indexed (zlib's threads beside
  // Pagefind's process and the page reading here: both processors), the search's own after.
  const rendered = filesUnder(outDir)
  const compressed = precompressFiles(rendered).then(() =>
    log(`Precompressed the text files of ${rendered.length} rendered files`),
  )
  let search: SearchRecord
  try {
    search = await buildSearch({
      outDir,
      pages,
      previous: null,
      storeDir: null,
      readsIds: build.readsSearchIds,
      log,
    })
  } finally {
    await compressed.catch(() => undefined)
  }
  await compressed
  const searchFiles = [...search.archive.parts, RECENT_SHARD].flatMap((name) =>
    filesUnder(path.join(outDir, name)),
  )
  await precompressFiles(searchFiles)
  log(`Precompressed the search's ${searchFiles.length} files`)
  const manifest: Manifest = { version: 1, codeHash: build.codeHash, pages, search }
  pageKeys.set(manifest, keys)
  return {
    manifest,
    newsroom,
    writeRecords: () => writeManifest(outDir, manifest),
    changes: null,
  }
}

async function incrementalBuild(
  build: SiteBuild,
  previous: PreviousRelease,
): Promise<BuiltRelease> {
  const { outDir, renderer, log } = build
  const scratch = renderer.dir
  rmSync(outDir, { recursive: true, force: true })
  // The new release starts as the previous one by hard links, made while Astro renders (tens
  // of thousands of links take seconds); this build's files are then renamed over theirs (a
  // rename replaces the link, so the previous release keeps its own files).
  const copied = (build.copyRelease ?? hardLinkCopy)(previous.dir, outDir)
  let rendered: Awaited<ReturnType<typeof render>>
  try {
    rendered = await render(build)
  } catch (error) {
    await copied.catch(() => undefined)
    throw error
  }
  const { keys, newsroom, bundleAssets } = rendered
  const renderedFiles = filesUnder(scratch)
  const renderedPages = renderedFiles.filter((file) => /\.(html|xml)$/.test(file)).length
  log(`Astro rendered ${renderedPages} pages and feeds`)
  await copied
  log('The previous release is copied (by hard links)')
  const freshPages: string[] = []
  const pages = pageRecords(keys, scratch, previous.manifest, freshPages)
  await precompressFiles(renderedFiles)
  log('Page records made and rendered files precompressed')

  rmSync(path.join(outDir, RECENT_SHARD), { recursive: true, force: true })
  // The build's records are its own (the newsroom copy is written by the caller): a copy of
  // the previous release's newsroom left here would be patched with the wrong changes.
  for (const record of [MANIFEST_FILE, NEWSROOM_FILE])
    rmSync(path.join(outDir, record), { force: true })
  // Every file this build writes, replaces or removes, for whoever copies this release next.
  const changedFiles = new Set<string>([MANIFEST_FILE, NEWSROOM_FILE])
  for (const relative of moveRenderedFiles(scratch, outDir, filesUnder(scratch)))
    changedFiles.add(relative)
  rmSync(scratch, { recursive: true, force: true })

  // Pages that are gone (unpublished, renamed, an emptied month) and assets nothing uses.
  const changedPages: string[] = []
  for (const pagePath of Object.keys(previous.manifest.pages)) {
    if (pages[pagePath]) continue
    changedPages.push(pagePath)
    const file = path.join(outDir, outputFileOf(pagePath))
    for (const variant of [file, `${file}.br`, `${file}.gz`]) {
      rmSync(variant, { force: true })
      changedFiles.add(path.relative(outDir, variant))
    }
    removeEmptyParents(path.dirname(file), outDir)
  }
  const removed = changedPages.length
  changedPages.push(...freshPages)
  const uses = updatedAssetUses(previous.manifest, pages, changedPages)
  const isUsed = (asset: string) => uses.has(asset)
  const usedElsewhere = new Set<string>()
  for (const name of bundleAssets) usedElsewhere.add(`/_astro/${name}`)
  for (const file of renderedFiles) {
    const relative = `/${path.relative(scratch, file)}`
    if (relative.startsWith('/_astro/')) usedElsewhere.add(relative.replace(/\.(br|gz)$/, ''))
    else if (file.endsWith('.html'))
      assetsIn(readFileSync(path.join(outDir, relative), 'utf8')).forEach((asset) =>
        usedElsewhere.add(asset),
      )
  }
  let unusedAssets = 0
  for (const name of readdirSync(path.join(outDir, '_astro'))) {
    const asset = `/_astro/${name.replace(/\.(br|gz)$/, '')}`
    if (isUsed(asset) || usedElsewhere.has(asset)) continue
    rmSync(path.join(outDir, '_astro', name))
    changedFiles.add(`_astro/${name}`)
    unusedAssets++
  }
  log(`Removed ${removed} pages that are gone and ${unusedAssets} unused asset files`)

  const search = await buildSearch({
    outDir,
    pages,
    previous: previous.manifest.search,
    storeDir: build.searchStore,
    readsIds: build.readsSearchIds,
    log,
  })
  await precompressFiles(filesUnder(path.join(outDir, RECENT_SHARD)))
  const manifest: Manifest = { version: 1, codeHash: build.codeHash, pages, search }
  assetUses.set(manifest, uses)
  pageKeys.set(manifest, keys)
  const { searchStore } = build
  const writeRecords = () => {
    writeManifest(outDir, manifest)
    if (searchStore && search.recent.length >= compactAt() && startCompaction(searchStore, outDir))
      log(
        `The recent search shard holds ${search.recent.length} articles: compacting in the background`,
      )
  }
  // An archive shard adopted from the search store replaces the previous one's parts.
  const previousArchive = previous.manifest.search.archive
  const archiveParts =
    search.archive.madeAt === previousArchive.madeAt
      ? []
      : [...new Set([...previousArchive.parts, ...search.archive.parts])]
  const changes = { files: [...changedFiles], folders: [RECENT_SHARD, ...archiveParts] }
  return { manifest, newsroom, writeRecords, changes }
}

/**
 * Readies a renderer for builds from the release `previous`: the first render starts Astro and
 * bundles the site, which takes seconds that a publish should not wait for. It renders what a
 * build without changes would (next to nothing) and throws it away.
 */
export async function warmUp({
  renderer,
  previous,
  log,
}: Pick<SiteBuild, 'renderer' | 'log'> & { previous: PreviousRelease }): Promise<void> {
  try {
    await render({ renderer, previous, changes: [], log })
  } finally {
    rmSync(renderer.dir, { recursive: true, force: true })
  }
}

/**
 * Builds the site into `outDir`: incrementally from the previous release when there is one
 * (with the same code hash), in full otherwise. The build's records (writeRecords, then
 * writeNewsroomCopy) are the caller's to write: a publish need not wait for them.
 */
export function buildSite(build: SiteBuild): Promise<BuiltRelease> {
  return build.previous ? incrementalBuild(build, build.previous) : fullBuild(build)
}
