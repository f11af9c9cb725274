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

const hashesByParts = new WeakMap<object, { parts: unknown[]; hash: string }>()

/**
 * markShared for a document each build makes afresh from the same parts (an article with its
 * category and authors resolved): `parts` are the documents it is made of, its own source
 * first. While every part is the very same object as last time (the build server keeps the
 * unchanged documents of the newsroom between builds, and none is ever changed in place), the
 * last hash is reused instead of hashing the whole article again.
 */
export function markSharedFrom<T extends object>(doc: T, parts: [object, ...unknown[]]): T {
  const known = hashesByParts.get(parts[0])
  if (
    known &&
    known.parts.length === parts.length &&
    known.parts.every((part, index) => part === parts[index])
  ) {
    hashes.set(doc, known.hash)
    return doc
  }
  markShared(doc)
  hashesByParts.set(parts[0], { parts, hash: hashes.get(doc)! })
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

/**
 * The static paths of a route, with a key per page computed from `dataOf` (plus `shared`, data
 * that every page of the site shows, such as the menu). Every page's key goes to the build's
 * hooks; in an incremental build only the pages whose key changed are returned for rendering.
 */
export function selectPages<T extends { params: Record<string, string>; props: object }>(
  route: string,
  entries: T[],
  { pathOf, shared }: { pathOf: (entry: T) => string; shared: unknown },
): T[] {
  const hooks = buildHooks()
  // A preview renders one page and records no keys: nothing of it may reach a release.
  const { preview } = hooks
  if (preview) return entries.filter((entry) => pathOf(entry) === preview.pagePath)
  const startedAt = performance.now()
  const sharedKey = keyOf(shared)
  const pages: Record<string, string> = {}
  const keyed = entries.map((entry) => {
    const pagePath = pathOf(entry)
    const key = keyOf([sharedKey, entry.params, entry.props])
    pages[pagePath] = key
    return { entry, pagePath, key }
  })
  hooks.onRoute({ route, pages, keyMs: performance.now() - startedAt })
  const previous = hooks.previousPages
  return previous
    ? keyed.filter(({ pagePath, key }) => previous[pagePath] !== key).map(({ entry }) => entry)
    : entries
}
