import { describe, expect, it } from 'vitest'

import {
  buildRelatedIndex,
  earlierInSeries,
  relatedArticles,
  type RelatableArticle,
} from './related'

const article = (
  id: number,
  day: number,
  category: number,
  topics: number[] = [],
  relatedIds: number[] = [],
): RelatableArticle => ({
  id,
  publishedAt: `2026-03-${String(day).padStart(2, '0')}T10:00:00Z`,
  category: { id: category },
  topics: topics.map((topic) => ({ id: topic })),
  relatedIds,
})

describe('relatedArticles', () => {
  const all = [
    article(1, 1, 10),
    article(2, 2, 10, [100]),
    article(3, 3, 20, [100]),
    article(4, 4, 10),
    article(5, 5, 30),
    article(6, 6, 10, [100], [5]),
    article(7, 7, 10, [100]),
  ]
  const index = buildRelatedIndex([...all].reverse())

  it('puts manual picks first, then older articles of the series, then of the category', () => {
    expect(relatedArticles(all[5]!, index).map((entry) => entry.id)).toEqual([5, 3, 2, 4])
  })

  it('never includes the article itself and respects the limit', () => {
    expect(relatedArticles(all[5]!, index, 2).map((entry) => entry.id)).toEqual([5, 3])
  })

  it('picks no newer article by itself, so a new article changes no older page', () => {
    expect(relatedArticles(all[1]!, index).map((entry) => entry.id)).toEqual([1])
    const withNewer = buildRelatedIndex([article(8, 8, 10, [100]), ...[...all].reverse()])
    for (const entry of all) {
      expect(relatedArticles(entry, withNewer)).toEqual(relatedArticles(entry, index))
    }
  })
})

describe('earlierInSeries', () => {
  it('lists the older parts of a series, nearest first', () => {
    const all = [article(1, 1, 10, [100]), article(2, 2, 10, [100]), article(3, 3, 10, [100])]
    const index = buildRelatedIndex([...all].reverse())
    expect(earlierInSeries(all[2]!, 100, index).map((entry) => entry.id)).toEqual([2, 1])
    expect(earlierInSeries(all[0]!, 100, index)).toEqual([])
  })
})
