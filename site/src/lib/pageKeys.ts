// Incremental builds (see site/scripts/build.ts): every dynamic page gets a key, a hash of the
// data it renders. A build that is given the previous release's keys renders only the pages
// whose key changed; the build script keeps the rest from the previous release.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Where each route writes the keys of all its pages (set by site/scripts/build.ts). */
const PAGE_LOG_ENV = 'SITE_PAGE_LOG'
/** The previous release's keys; when set, only pages with a new or changed key are rendered. */
const PREVIOUS_PAGES_ENV = 'SITE_PREVIOUS_PAGES'

/** One route's record: every page it has in this build, by its URL path. */
export interface RouteLog {
  route: string
  pages: Record<string, string>
  /** How long computing the keys took, in milliseconds. */
  keyMs: number
}

const hashes = new WeakMap<object, string>()
const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url')

/**
 * Documents shared by many pages (articles, with their category, authors and image resolved)
 * are hashed once and stand in a page's key by that hash.
 */
export function markShared<T extends object>(doc: T): T {
  hashes.set(doc, sha1(JSON.stringify(doc)))
  return doc
}

/** A hash of everything in `data`; marked documents count by their own hash. */
export function keyOf(data: unknown): string {
  return sha1(
    JSON.stringify(data, function (this: unknown, _key, value: unknown) {
      if (value && typeof value === 'object') {
        const hash = hashes.get(value)
        if (hash) return `#${hash}`
      }
      return value
    }),
  )
}

let previousPages: Record<string, string> | null | undefined

function readPreviousPages(): Record<string, string> | null {
  if (previousPages !== undefined) return previousPages
  const file = process.env[PREVIOUS_PAGES_ENV]
  previousPages = file ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : null
  return previousPages
}

/**
 * The static paths of a route, with a key per page computed from `dataOf` (plus `shared`, data
 * that every page of the site shows, such as the menu). All pages are recorded in the page
 * log; in an incremental build only the pages whose key changed are returned for rendering.
 */
export function selectPages<T extends { params: Record<string, string>; props: object }>(
  route: string,
  entries: T[],
  { pathOf, shared }: { pathOf: (entry: T) => string; shared: unknown },
): T[] {
  const startedAt = performance.now()
  const sharedKey = keyOf(shared)
  const pages: Record<string, string> = {}
  const keyed = entries.map((entry) => {
    const pagePath = pathOf(entry)
    const key = keyOf([sharedKey, entry.params, entry.props])
    pages[pagePath] = key
    return { entry, pagePath, key }
  })
  const log: RouteLog = { route, pages, keyMs: performance.now() - startedAt }
  writeToPageLog(`routes/${route}.json`, JSON.stringify(log))
  const previous = readPreviousPages()
  return previous
    ? keyed.filter(({ pagePath, key }) => previous[pagePath] !== key).map(({ entry }) => entry)
    : entries
}

/**
 * Files made from the whole newsroom rather than rendered as pages (such as `_redirects`):
 * the build script copies them into the release. Without a page log (a bare `astro build`)
 * they are not written.
 */
export function writeSiteFile(name: string, content: string): void {
  writeToPageLog(`files/${name}`, content)
}

/** Times the build script reports as steps of Astro's run (see site/scripts/build.ts). */
export interface AstroTimings {
  /** Milliseconds from Astro's start until the newsroom was asked for (start-up, bundling). */
  newsroomAskedAt: number
  newsroomMs: number
}

export function writeAstroTimings(timings: AstroTimings): void {
  writeToPageLog('timings.json', JSON.stringify(timings))
}

function writeToPageLog(name: string, content: string): void {
  const logDir = process.env[PAGE_LOG_ENV]
  if (!logDir) return
  const file = path.join(logDir, name)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
}
