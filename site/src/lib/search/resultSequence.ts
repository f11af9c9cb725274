// The results of several search shards in the order the reader asked for, downloaded a page at
// a time: each result's data is a download of its own.
import type { PagefindResult, PagefindResultData } from './searchIndex'
import { rankOf } from './shardInfo'

/** Results in the order the reader asked for, handed out a page at a time. */
export interface ResultSequence {
  count: number
  next(size: number): Promise<PagefindResultData[]>
}

/** By relevance: every shard's results by score (Pagefind's own order within a shard). */
export function byScore(lists: PagefindResult[][]): ResultSequence {
  const results = lists.flat().sort((a, b) => b.score - a.score)
  let taken = 0
  return {
    count: results.length,
    next: (size) => {
      const page = results.slice(taken, (taken += size))
      return Promise.all(page.map((result) => result.data()))
    },
  }
}

/**
 * By date: each shard's list is already in date order, so the lists are merged by comparing
 * their first results; only those are downloaded, one more for each result shown.
 */
export function byDate(lists: PagefindResult[][], direction: 'asc' | 'desc'): ResultSequence {
  const heads = lists.map((list) => ({
    list,
    at: 0,
    data: null as Promise<PagefindResultData> | null,
  }))
  const dateOf = (data: PagefindResultData) => data.meta.publicerad ?? data.meta.datum ?? ''
  const comesFirst = (a: PagefindResultData, b: PagefindResultData) =>
    direction === 'desc' ? dateOf(a) > dateOf(b) : dateOf(a) < dateOf(b)
  return {
    count: lists.reduce((sum, list) => sum + list.length, 0),
    next: async (size) => {
      const page: PagefindResultData[] = []
      while (page.length < size) {
        const open = heads.filter((head) => head.at < head.list.length)
        if (open.length === 0) break
        const candidates = await Promise.all(
          open.map(async (head) => ({
            head,
            data: await (head.data ??= head.list[head.at]!.data()),
          })),
        )
        const best = candidates.reduce((a, b) => (comesFirst(b.data, a.data) ? b : a))
        page.push(best.data)
        best.head.at++
        best.head.data = null
      }
      return page
    },
  }
}

/**
 * A shard's results in date order when their ids are ranks by date (the build gives them, and
 * leaves Pagefind no sort list to download); otherwise as Pagefind sorted them.
 */
export function inDateOrder(list: PagefindResult[], direction: 'asc' | 'desc'): PagefindResult[] {
  const ranks = new Map(list.map((result) => [result, rankOf(result.id)]))
  if ([...ranks.values()].some((rank) => rank === null)) return list
  const sign = direction === 'asc' ? 1 : -1
  return list.toSorted((a, b) => sign * (ranks.get(a)! - ranks.get(b)!))
}
