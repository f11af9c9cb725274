// `npm run build -w site`: builds the news site into SITE_OUT_DIR (default dist/).
//
// Full build: Astro renders every page, Pagefind indexes every article (the archive shard),
// every text file is precompressed, and `.build-manifest.json` records each page's key.
//
// Incremental build (the publisher sets PUBLISHER_PREVIOUS_RELEASE to the live release):
// Astro renders only the pages whose key changed (src/lib/pageKeys.ts) into a scratch folder;
// the new release starts as a hard-linked copy of the previous one, the rendered files replace
// theirs, pages that no longer exist and assets nothing uses are removed, and only the
// articles changed since the archive shard was made are indexed, into a small second shard
// (pagefind-recent/) that the search page merges. The result equals a full build file for file
// (tested in site/tests/incrementalBuild.server.test.ts), apart from the search shards.
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { NEWSROOM_FILE } from '../src/lib/newsroomSource'
import type { AstroTimings, RouteLog } from '../src/lib/pageKeys'
import { filesUnder, precompressFiles } from './precompress.mjs'
import { codeHash } from './build/codeHash'
import {
  MANIFEST_FILE,
  readManifest,
  type Manifest,
  type PageRecord,
  writeManifest,
} from './build/manifest'
import { compactAt, startCompaction } from './build/compaction'
import { buildSearch, partSize, RECENT_SHARD } from './build/search'
import { assetsIn, hardLinkCopy, outputFileOf, removeEmptyParents } from './build/tree'

const siteDir = path.resolve(import.meta.dirname, '..')
/** Astro's command line, run with this Node (no npm, no shell, whatever is on PATH). */
const astroBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin',
  'astro.mjs',
)
const outDir = path.resolve(siteDir, process.env.SITE_OUT_DIR || 'dist')
const previousDir = process.env.PUBLISHER_PREVIOUS_RELEASE || null
/** Where background-made archive search shards are kept (the publisher sets it). */
const searchStore = process.env.SITE_SEARCH_STORE || null
const started = performance.now()
/** Prints a step of the build, with the time it ended (now, unless measured elsewhere). */
const log = (message: string, at = performance.now()) =>
  process.stdout.write(`[site build ${((at - started) / 1000).toFixed(1)} s] ${message}\n`)

/**
 * Runs `astro build` into `dir` and returns every page's key; writes the site files the build
 * made from the newsroom. Given the previous release, it renders only changed pages and
 * patches that release's copy of the newsroom instead of fetching all of it.
 */
function runAstro(dir: string, previous: { pages: Record<string, string>; dir: string } | null) {
  const logDir = mkdtempSync(path.join(tmpdir(), 'redaktion-pages-'))
  const previousFile = path.join(logDir, 'previous.json')
  if (previous) writeFileSync(previousFile, JSON.stringify(previous.pages))
  try {
    const astroStartedAt = performance.now()
    const result = spawnSync(process.execPath, [astroBin, 'build', '--silent'], {
      cwd: siteDir,
      stdio: 'inherit',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        SITE_OUT_DIR: dir,
        SITE_PAGE_LOG: logDir,
        SITE_PREVIOUS_PAGES: previous ? previousFile : '',
        SITE_PREVIOUS_NEWSROOM: previous ? path.join(previous.dir, NEWSROOM_FILE) : '',
      },
    })
    if (result.status !== 0)
      throw new Error(`astro build failed (${result.status ?? result.signal})`)
    const keys: Record<string, string> = {}
    let keyMs = 0
    const routes = readdirSync(path.join(logDir, 'routes'))
    for (const name of routes) {
      const route = JSON.parse(readFileSync(path.join(logDir, 'routes', name), 'utf8')) as RouteLog
      Object.assign(keys, route.pages)
      keyMs += route.keyMs
    }
    // Astro's own steps, as its run measured them: start-up and bundling until the newsroom
    // was asked for, the newsroom, then every route's page keys (before any page is rendered).
    const timingsFile = path.join(logDir, 'timings.json')
    if (existsSync(timingsFile)) {
      const timings = JSON.parse(readFileSync(timingsFile, 'utf8')) as AstroTimings
      const newsroomAt = astroStartedAt + timings.newsroomAskedAt
      log('Astro started and bundled the site', newsroomAt)
      log('Newsroom loaded', newsroomAt + timings.newsroomMs)
      log(`Page keys of ${routes.length} routes computed`, newsroomAt + timings.newsroomMs + keyMs)
    }
    const filesDir = path.join(logDir, 'files')
    for (const name of existsSync(filesDir) ? readdirSync(filesDir) : [])
      copyFileSync(path.join(filesDir, name), path.join(dir, name))
    return keys
  } finally {
    rmSync(logDir, { recursive: true, force: true })
  }
}

/** The pages of a build, each with the assets its output uses. */
function pageRecords(
  keys: Record<string, string>,
  rendered: string,
  previous: Manifest | null,
): Record<string, PageRecord> {
  const pages: Record<string, PageRecord> = {}
  for (const [pagePath, key] of Object.entries(keys)) {
    const file = path.join(rendered, outputFileOf(pagePath))
    if (existsSync(file)) pages[pagePath] = { key, assets: assetsIn(readFileSync(file, 'utf8')) }
    else if (previous?.pages[pagePath]?.key === key) pages[pagePath] = previous.pages[pagePath]
    else throw new Error(`The build did not write ${pagePath}`)
  }
  return pages
}

async function fullBuild(hash: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true })
  const keys = runAstro(outDir, null)
  log(`Astro rendered ${Object.keys(keys).length} keyed pages`)
  const pages = pageRecords(keys, outDir, null)
  const search = await buildSearch({ outDir, pages, previous: null, storeDir: null, log })
  await precompressFiles(filesUnder(outDir))
  writeManifest(outDir, { version: 1, codeHash: hash, pages, search })
}

async function incrementalBuild(hash: string, previous: Manifest, from: string): Promise<void> {
  const scratch = `${outDir}.partial`
  rmSync(scratch, { recursive: true, force: true })
  rmSync(outDir, { recursive: true, force: true })
  const previousKeys = Object.fromEntries(
    Object.entries(previous.pages).map(([pagePath, record]) => [pagePath, record.key]),
  )
  // The new release starts as the previous one by hard links, made while Astro renders (tens
  // of thousands of links take seconds); this build's files are then renamed over theirs (a
  // rename replaces the link, so the previous release keeps its own files).
  const copied = hardLinkCopy(from, outDir)
  let keys: Record<string, string>
  try {
    keys = runAstro(scratch, { pages: previousKeys, dir: from })
  } catch (error) {
    await copied.catch(() => undefined)
    throw error
  }
  await copied
  const pages = pageRecords(keys, scratch, previous)
  const renderedFiles = filesUnder(scratch)
  const renderedPages = renderedFiles.filter((file) => /\.(html|xml)$/.test(file)).length
  log(`Astro rendered ${renderedPages} pages and feeds`)
  await precompressFiles(renderedFiles)

  rmSync(path.join(outDir, RECENT_SHARD), { recursive: true, force: true })
  rmSync(path.join(outDir, MANIFEST_FILE), { force: true })
  for (const file of filesUnder(scratch)) {
    const target = path.join(outDir, path.relative(scratch, file))
    mkdirSync(path.dirname(target), { recursive: true })
    renameSync(file, target)
  }
  rmSync(scratch, { recursive: true, force: true })

  // Pages that are gone (unpublished, renamed, an emptied month) and assets nothing uses.
  let removed = 0
  for (const pagePath of Object.keys(previous.pages)) {
    if (pages[pagePath]) continue
    const file = path.join(outDir, outputFileOf(pagePath))
    for (const variant of [file, `${file}.br`, `${file}.gz`]) rmSync(variant, { force: true })
    removeEmptyParents(path.dirname(file), outDir)
    removed++
  }
  const usedAssets = new Set(Object.values(pages).flatMap((record) => record.assets))
  for (const file of renderedFiles) {
    const relative = `/${path.relative(scratch, file)}`
    if (relative.startsWith('/_astro/')) usedAssets.add(relative.replace(/\.(br|gz)$/, ''))
    else if (file.endsWith('.html'))
      assetsIn(readFileSync(path.join(outDir, relative), 'utf8')).forEach((asset) =>
        usedAssets.add(asset),
      )
  }
  let unusedAssets = 0
  for (const name of readdirSync(path.join(outDir, '_astro'))) {
    if (usedAssets.has(`/_astro/${name.replace(/\.(br|gz)$/, '')}`)) continue
    rmSync(path.join(outDir, '_astro', name))
    unusedAssets++
  }
  log(`Removed ${removed} pages that are gone and ${unusedAssets} unused asset files`)

  const search = await buildSearch({
    outDir,
    pages,
    previous: previous.search,
    storeDir: searchStore,
    log,
  })
  await precompressFiles(filesUnder(path.join(outDir, RECENT_SHARD)))
  writeManifest(outDir, { version: 1, codeHash: hash, pages, search })
  if (searchStore && search.recent.length >= compactAt() && startCompaction(searchStore, outDir))
    log(
      `The recent search shard holds ${search.recent.length} articles: compacting in the background`,
    )
}

// The search settings are read here first, so that a wrong one fails the build before any work.
compactAt()
partSize()
const hash = codeHash(siteDir)
const previous = previousDir ? readManifest(previousDir) : null
if (previousDir && previous?.codeHash === hash) {
  log(`Incremental build from ${previousDir}`)
  await incrementalBuild(hash, previous, previousDir)
} else {
  if (previousDir)
    log(
      previous
        ? 'The site code changed since the live release: full build'
        : 'No manifest in the live release: full build',
    )
  await fullBuild(hash)
}
log(`Built ${outDir}`)
