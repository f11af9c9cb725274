import { describe, expect, it } from 'vitest'

import { byDate, byScore, inDateOrder } from './resultSequence'
import type { PagefindResult, PagefindResultData } from './searchIndex'

/** A shard's result as Pagefind gives it, counting how often its fragment is downloaded. */
function result(
  url: string,
  datum: string,
  score: number,
  downloads: string[],
  publicerad?: string,
): PagefindResult {
  return {
    id: url,
    score,
    data: () => {
      downloads.push(url)
      const meta = publicerad ? { datum, publicerad } : { datum }
      return Promise.resolve({ url, excerpt: '', meta, filters: {} })
    },
  }
}

const urls = (page: PagefindResultData[]) => page.map((data) => data.url)

describe('merging the results of several search shards', () => {
  it('by date: interleaves lists that are each in date order, newest first', async () => {
    const downloads: string[] = []
    const archiveOne = [
      result('/a1/', '2026-05-01', 1, downloads),
      result('/a2/', '2026-03-01', 1, downloads),
      result('/a3/', '2025-01-01', 1, downloads),
    ]
    const archiveTwo = [result('/b1/', '2026-04-01', 1, downloads)]
    const recent = [
      result('/r1/', '2026-11-30', 1, downloads),
      result('/r2/', '2026-02-01', 1, downloads),
    ]
    const sequence = byDate([recent, archiveOne, archiveTwo], 'desc')
    expect(sequence.count).toBe(6)
    expect(urls(await sequence.next(3))).toEqual(['/r1/', '/a1/', '/b1/'])
    // Only the lists' first results were downloaded to choose: three shown, three heads waiting.
    expect(new Set(downloads)).toEqual(new Set(['/r1/', '/a1/', '/b1/', '/r2/', '/a2/']))
    expect(urls(await sequence.next(10))).toEqual(['/a2/', '/r2/', '/a3/'])
    expect(await sequence.next(10)).toEqual([])
  })

  it('by date: articles of one day by the time they were published, whatever their shard', async () => {
    const downloads: string[] = []
    const archive = [result('/morning/', '2026-11-30', 1, downloads, '2026-11-30T08:00:00.000Z')]
    const recent = [result('/noon/', '2026-11-30', 1, downloads, '2026-11-30T12:00:00.000Z')]
    expect(urls(await byDate([archive, recent], 'desc').next(2))).toEqual(['/noon/', '/morning/'])
    expect(urls(await byDate([recent, archive], 'asc').next(2))).toEqual(['/morning/', '/noon/'])
  })

  it('by date: oldest first', async () => {
    const downloads: string[] = []
    const sequence = byDate(
      [
        [result('/new/', '2026-01-02', 1, downloads)],
        [result('/old/', '2024-01-01', 1, downloads), result('/mid/', '2025-06-01', 1, downloads)],
      ],
      'asc',
    )
    expect(urls(await sequence.next(10))).toEqual(['/old/', '/mid/', '/new/'])
  })

  it('by relevance: by score across shards, downloading only the page asked for', async () => {
    const downloads: string[] = []
    const sequence = byScore([
      [result('/r1/', '2026-11-30', 0.5, downloads)],
      [result('/a1/', '2020-01-01', 2, downloads), result('/a2/', '2020-01-01', 0.1, downloads)],
    ])
    expect(sequence.count).toBe(3)
    expect(urls(await sequence.next(2))).toEqual(['/a1/', '/r1/'])
    expect(downloads).toEqual(['/a1/', '/r1/'])
    expect(urls(await sequence.next(2))).toEqual(['/a2/'])
  })
})

describe("a shard's results in date order", () => {
  const ranked = (id: string): PagefindResult => ({
    id,
    score: 1,
    data: () => Promise.reject(new Error('not downloaded')),
  })

  it('by their ranked ids, without downloading any, ranks compared as numbers', () => {
    const list = ['a2-9', 'a2-a', 'a2-0', 'a2-10'].map(ranked)
    expect(inDateOrder(list, 'desc').map((result) => result.id)).toEqual([
      'a2-10',
      'a2-a',
      'a2-9',
      'a2-0',
    ])
    expect(inDateOrder(list, 'asc').map((result) => result.id)).toEqual([
      'a2-0',
      'a2-9',
      'a2-a',
      'a2-10',
    ])
  })

  it("as Pagefind sorted them when the ids are Pagefind's own", () => {
    const list = ['sv_3f2a1b0', 'sv_0a1b2c3'].map(ranked)
    expect(inDateOrder(list, 'desc')).toEqual(list)
  })
})
