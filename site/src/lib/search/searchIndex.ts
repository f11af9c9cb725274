// The search shards behind one interface: Pagefind's JS API (pagefind.js), every shard merged
// into one instance and searched at once.
import { HIGHLIGHT_PARAM } from '../searchHighlight'
import { currentHits, type FilterCounts, type FilterQuery, sumCounts } from './facetCounts'
import { inDateOrder } from './resultSequence'
import {
  ARCHIVE_SHARD,
  idPrefix,
  prefixOf,
  RECENT_SHARD,
  SHARD_FILE,
  type ShardInfo,
} from './shardInfo'

export interface PagefindResultData {
  url: string
  excerpt: string
  meta: {
    title?: string
    datum?: string
    publicerad?: string
    bild?: string
    bild_alt?: string
  }
  filters: Record<string, string[]>
}

export interface PagefindResult {
  id: string
  score: number
  data(): Promise<PagefindResultData>
}

export interface SearchOptions {
  filters?: FilterQuery
  sort?: Record<string, 'asc' | 'desc'>
}

interface PagefindResponse {
  results: PagefindResult[]
  /** The counts of each filter's values among the results, for the filters loaded so far. */
  filters: FilterCounts
}

interface PagefindInstance {
  mergeIndex(basePath: string, options: Record<string, unknown>): Promise<void>
  preload(term: string | null, options: SearchOptions): Promise<void>
  search(term: string | null, options: SearchOptions): Promise<PagefindResponse>
  filters(): Promise<FilterCounts>
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance
}

/** A search's results, each shard's list in that shard's own order, and their filter counts. */
export interface Hits {
  lists: PagefindResult[][]
  count: number
  /** Complete only once `loadFilters` has loaded every filter. */
  counts: FilterCounts
}

export interface SearchIndex {
  preload(term: string | null, options: SearchOptions): void
  search(term: string | null, options: SearchOptions): Promise<Hits>
  /** Downloads every filter's data: from then on every search counts every filter. */
  loadFilters(): Promise<FilterCounts>
}

/** A filter every shard's pages get in the browser (Pagefind's mergeFilter): its base path. */
const SHARD_FILTER = 'shard'

/**
 * The search index comes in shards: the archive (in one or more parts) and the articles changed
 * since it was made. They are merged into one Pagefind instance, so that the page downloads
 * Pagefind's script and WebAssembly once (the first shard's), each shard's pages tagged with
 * the shard filter (a filter in memory: it downloads nothing). One search covers every shard;
 * its results are split by shard again by their ids (`<shard prefix>-<rank by date>`, given by
 * the build), so the caller can merge them by date: Pagefind orders merged results by score
 * only. A shard whose ids Pagefind gave is searched on its own, filtered to it. The archive's
 * results for pages the recent shard replaces are left out, and taken off the counts, before
 * any result is downloaded.
 *
 * Searches go through search(), never Pagefind's debouncedSearch(): one instance debounces one
 * search at a time, and the page runs several at once to count the filters' options.
 */
export async function loadSearch(): Promise<SearchIndex> {
  // The archive's first part is always the first shard: its Pagefind starts loading (script,
  // entry, metadata, wasm) while shard.json says which shards to merge into it.
  const first = `/${ARCHIVE_SHARD}/`
  const info = fetch(`/${RECENT_SHARD}/${SHARD_FILE}`, { cache: 'no-cache' })
    .then((response) => (response.ok ? (response.json() as Promise<ShardInfo>) : null))
    .catch(() => null)
  const { createInstance } = (await import(
    /* @vite-ignore */ `${first}pagefind.js`
  )) as PagefindModule
  // On the page's own thread: a worker took a search page from loading to results in 1.0 s
  // instead of 0.5 s (10,000 articles, Chromium); a search takes milliseconds.
  // Every shard's own: a merged index does not take the first one's options.
  const shardOptions = (base: string) => ({
    excerptLength: 24,
    highlightParam: HIGHLIGHT_PARAM,
    mergeFilter: { [SHARD_FILTER]: [base] },
  })
  const pagefind = createInstance({ basePath: first, noWorker: true, ...shardOptions(first) })
  const shards = await info
  const bases = [first, ...(shards?.shards.filter((base) => base !== first) ?? [])]
  const replaced = shards?.replaced ?? {}
  await Promise.all(bases.slice(1).map((base) => pagefind.mergeIndex(base, shardOptions(base))))
  const isArchive = (base: string) => base !== `/${RECENT_SHARD}/`
  let isRanked = true

  /** Every shard in one search: each result's ranked id says its shard; null if one has none. */
  const searchOnce = async (term: string | null, options: SearchOptions) => {
    const { results, counts } = currentHits(await pagefind.search(term, options), replaced)
    const lists = byShard(results, bases)
    return lists && { lists, counts }
  }
  /** A search per shard, filtered to it: for shards whose ids Pagefind gave. */
  const searchEach = async (term: string | null, options: SearchOptions) => {
    const responses = await Promise.all(
      bases.map(async (base) => {
        const response = await pagefind.search(term, {
          ...options,
          filters: { ...options.filters, [SHARD_FILTER]: base },
        })
        return currentHits(response, isArchive(base) ? replaced : null)
      }),
    )
    return {
      lists: responses.map((response) => response.results),
      counts: sumCounts(responses.map((response) => response.counts)),
    }
  }

  return {
    preload: (term, options) => void pagefind.preload(term, options),
    search: async (term, options) => {
      // Pagefind searches every merged shard on each call: a search per shard searched the
      // archive once per shard (10,000 articles, a word in nine of ten: from the index chunks'
      // arrival to the results 397 ms, 333–356 ms in one search).
      const found = (isRanked && (await searchOnce(term, options))) || null
      isRanked = found !== null
      const { lists, counts } = found ?? (await searchEach(term, options))
      const direction = Object.values(options.sort ?? {})[0]
      const sorted = direction ? lists.map((list) => inDateOrder(list, direction)) : lists
      return {
        lists: sorted,
        count: sorted.reduce((sum, list) => sum + list.length, 0),
        counts: withoutShardFilter(counts),
      }
    },
    loadFilters: async () => withoutShardFilter(await pagefind.filters()),
  }
}

/** Results by shard, in the order of `bases`, from their ranked ids; null if one is not ranked. */
export function byShard<Result extends { id: string }>(
  results: Result[],
  bases: string[],
): Result[][] | null {
  const lists = new Map(bases.map((base) => [idPrefix(base.slice(1, -1)), [] as Result[]]))
  for (const result of results) {
    const list = lists.get(prefixOf(result.id) ?? '')
    if (!list) return null
    list.push(result)
  }
  return [...lists.values()]
}

function withoutShardFilter(counts: FilterCounts): FilterCounts {
  const { [SHARD_FILTER]: _shards, ...rest } = counts
  return rest
}
