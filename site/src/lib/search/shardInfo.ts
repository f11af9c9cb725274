// The one description of the search shards that crosses from the build (site/build/search.ts)
// to the search page in the browser (searchIndex.ts): written as `shard.json` in the recent
// shard's folder.

/** A page's filter values as Pagefind keeps them: each filter's name with its values. */
export type FilterValues = Record<string, string[]>

export interface ShardInfo {
  /** Every shard's base path: the archive's parts, then the recent shard when it has articles. */
  shards: string[]
  /**
   * The archive results that the recent shard replaces (changed, renamed or unpublished
   * articles), by Pagefind's id, with the filter values they were indexed with: the page leaves
   * them out of the results and takes them off the filter counts.
   */
  replaced: Record<string, FilterValues>
}

/** The folders the shards are served from: the archive's first part, the recent shard. */
export const ARCHIVE_SHARD = 'pagefind'
export const RECENT_SHARD = 'pagefind-recent'
export const SHARD_FILE = 'shard.json'

/**
 * A result id that is the page's rank in its shard by date (0 the oldest), given by the build
 * (pagefindInternals.ts, rankPageIds) in place of Pagefind's hash: `<shard prefix>-<base 36>`.
 * Pagefind's own ids have no hyphen.
 */
export const rankedId = (prefix: string, rank: number) => `${prefix}-${rank.toString(36)}`
const RANKED_ID = /^([a-z0-9]+)-([0-9a-z]+)$/

/** The ranked ids' prefix of a shard folder: `a` (pagefind/), `a2` (pagefind-2/), `r` (recent). */
export const idPrefix = (folder: string) =>
  folder === RECENT_SHARD ? 'r' : `a${folder.slice(ARCHIVE_SHARD.length + 1)}`

/** The shard prefix of a ranked id; null for an id Pagefind gave. */
export const prefixOf = (id: string): string | null => RANKED_ID.exec(id)?.[1] ?? null

/** The page's rank by date from a ranked id; null for an id Pagefind gave. */
export function rankOf(id: string): number | null {
  const rank = RANKED_ID.exec(id)?.[2]
  return rank === undefined ? null : parseInt(rank, 36)
}
