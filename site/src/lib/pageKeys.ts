// Incremental builds (see site/build/build.ts): every dynamic page gets a key, a hash of the
// data it renders. A build that is given the previous release's keys renders only the pages
// whose key changed; the build script keeps the rest from the previous release.
import { createHash } from 'node:crypto'

import { buildHooks } from './buildHooks'

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

/** Whether two lists hold the very same items in the same order (the build server's reuse test). */
export const sameItems = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, at) => item === b[at])

const madeFrom = new WeakMap<object, { parts: unknown[]; doc: object }>()

/**
 * A document each build makes from the same parts (an article with its category and authors
 * resolved), marked shared: `parts` are the documents it is made of, its own source first.
 * While every part is the very same object as last time (the build server keeps the
 * unchanged documents of the newsroom between builds, and none is ever changed in place), the
 * document made last time is returned, hash and all, instead of `make()`: so an unchanged
 * article is the same object in every build, and a page that shows only unchanged documents
 * is known unchanged without hashing it again (selectPages).
 */
export function sharedFrom<T extends object>(parts: [object, ...unknown[]], make: () => T): T {
  const known = madeFrom.get(parts[0])
  if (known && sameItems(known.parts, parts)) return known.doc as T
  const doc = markShared(make())
  madeFrom.set(parts[0], { parts, doc })
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

/** What a page's key was made from last time (its data), and the key. */
interface KnownKey {
  data: unknown
  key: string
}

/** By route and page path, for as long as the process lives (the build server's many builds). */
const knownKeys = new Map<string, Map<string, KnownKey>>()
/**
 * How deep a page's data is compared (deep enough for a debate box's links and their
 * authors); anything deeper is compared by identity.
 */
const COMPARED_DEPTH = 6

/** Arrays and plain objects are compared by their contents; a Date, a Map or any other object by identity. */
const isWalked = (value: object) => {
  if (Array.isArray(value)) return true
  const prototype = Object.getPrototypeOf(value) as unknown
  return prototype === Object.prototype || prototype === null
}

/**
 * Whether two pages' data are sure to hash alike: the very same object (nothing is changed in
 * place, so its content is the same), equal primitives, or arrays and plain objects with the
 * same keys in the same order whose values are so, down to COMPARED_DEPTH. A shared document
 * counts by identity only. False means only "not known": the data is then hashed.
 */
function isSameData(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if (depth === 0 || hashes.has(a) || hashes.has(b) || !isWalked(a) || !isWalked(b)) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let at = 0; at < a.length; at++) if (!isSameData(a[at], b[at], depth - 1)) return false
    return true
  }
  const [keysOfA, keysOfB] = [Object.keys(a), Object.keys(b)]
  if (keysOfA.length !== keysOfB.length) return false
  for (let at = 0; at < keysOfA.length; at++) {
    const name = keysOfA[at]!
    if (name !== keysOfB[at]) return false
    const [valueOfA, valueOfB] = [
      (a as Record<string, unknown>)[name],
      (b as Record<string, unknown>)[name],
    ]
    if (!isSameData(valueOfA, valueOfB, depth - 1)) return false
  }
  return true
}

/**
 * The key of one page: the one it had in this process's last build when its data is sure to
 * hash alike (most pages of a publish: it saves hashing every page), else hashed.
 */
function pageKey(known: Map<string, KnownKey>, pagePath: string, data: unknown[]): string {
  const last = known.get(pagePath)
  if (last && isSameData(last.data, data, COMPARED_DEPTH)) {
    last.data = data
    return last.key
  }
  const key = keyOf(data)
  known.set(pagePath, { data, key })
  return key
}

/**
 * The static paths of a route, with a key per page computed from `dataOf` (plus `shared`, data
 * that every page of the site shows, such as the menu). Every page's key goes to the build's
 * hooks; in an incremental build only the pages whose key changed are returned for rendering.
 */
export function selectPages<T extends { params: Record<string, string>; props: object }>(
  route: string,
  entries: T[],
  {
    pathOf,
    shared,
    recorded = {},
    isPartial = false,
  }: {
    pathOf: (entry: T) => string
    shared: unknown
    /**
     * Where the route's keys are written (and handed to the build's hooks). With `isPartial`
     * it holds already the pages left out of `entries` because the change cannot have touched
     * them (articlePages.ts), with their previous keys: recorded, not rendered.
     */
    recorded?: Record<string, string>
    isPartial?: boolean
  },
): T[] {
  const hooks = buildHooks()
  // A preview renders one page and records no keys: nothing of it may reach a release.
  const { preview } = hooks
  if (preview) return entries.filter((entry) => pathOf(entry) === preview.pagePath)
  const startedAt = performance.now()
  const sharedKey = keyOf(shared)
  let known = knownKeys.get(route)
  if (!known) knownKeys.set(route, (known = new Map()))
  const pages = recorded
  const seen = new Set<string>()
  const keyed = entries.map((entry) => {
    const pagePath = pathOf(entry)
    const key = pageKey(known, pagePath, [sharedKey, entry.params, entry.props])
    pages[pagePath] = key
    seen.add(pagePath)
    return { entry, pagePath, key }
  })
  // Pages that are gone are forgotten (a slug used again is hashed anew); with pages left
  // out, some may stay remembered, which changes no key.
  if (!isPartial && known.size > seen.size)
    for (const pagePath of known.keys()) if (!seen.has(pagePath)) known.delete(pagePath)
  hooks.onRoute({ route, pages, keyMs: performance.now() - startedAt })
  const previous = hooks.previousPages
  return previous
    ? keyed.filter(({ pagePath, key }) => previous[pagePath] !== key).map(({ entry }) => entry)
    : entries
}
