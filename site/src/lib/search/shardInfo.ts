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
