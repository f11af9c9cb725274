import { describe, expect, it } from 'vitest'

import { buildRelatedIndex, relatedArticles, type RelatableArticle } from './related'

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
    article(1, 1, 10, [100], [5]),
    article(2, 2, 10, [100]),
    article(3, 3, 10),
    article(4, 4, 20, [100]),
    article(5, 5, 30),
    article(6, 6, 20),
  ]
  const index = buildRelatedIndex([...all].reverse())

  it('puts manual picks first, then the same topic series, then the same category', () => {
    expect(relatedArticles(all[0]!, index).map((entry) => entry.id)).toEqual([5, 4, 2, 3])
  })

  it('never includes the article itself and respects the limit', () => {
    const ids = relatedArticles(all[1]!, index, 2).map((entry) => entry.id)
    expect(ids).toEqual([4, 1])
  })
})
