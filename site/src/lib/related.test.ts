import { describe, expect, it } from 'vitest'

import {
  buildRelatedIndex,
  earlierInSeries,
  relatedArticles,
  type RelatableArticle,
} from './related'

// Ids are text, as the CMS gives them; short decimal-looking ones on purpose, so that an order by
// number ("9" before "10") and the order by string ("10" before "9") differ.
const article = (
  id: string,
  day: number,
  category: string,
  topics: string[] = [],
  relatedIds: string[] = [],
): RelatableArticle => ({
  id,
  publishedAt: `2026-03-${String(day).padStart(2, '0')}T10:00:00Z`,
  category: { id: category },
  topics: topics.map((topic) => ({ id: topic })),
  relatedIds,
})

describe('relatedArticles', () => {
  const all = [
    article('1', 1, '10'),
    article('2', 2, '10', ['100']),
    article('3', 3, '20', ['100']),
    article('4', 4, '10'),
    article('5', 5, '30'),
    article('6', 6, '10', ['100'], ['5']),
    article('7', 7, '10', ['100']),
  ]
  const index = buildRelatedIndex([...all].reverse())

  it('puts manual picks first, then older articles of the series, then of the category', () => {
    expect(relatedArticles(all[5]!, index).map((entry) => entry.id)).toEqual(['5', '3', '2', '4'])
  })

  it('never includes the article itself and respects the limit', () => {
    expect(relatedArticles(all[5]!, index, 2).map((entry) => entry.id)).toEqual(['5', '3'])
  })

  it('picks no newer article by itself, so a new article changes no older page', () => {
    expect(relatedArticles(all[1]!, index).map((entry) => entry.id)).toEqual(['1'])
    const withNewer = buildRelatedIndex([article('8', 8, '10', ['100']), ...[...all].reverse()])
    for (const entry of all) {
      expect(relatedArticles(entry, withNewer)).toEqual(relatedArticles(entry, index))
    }
  })
})

describe('earlierInSeries', () => {
  it('lists the older parts of a series, nearest first', () => {
    const all = [
      article('1', 1, '10', ['100']),
      article('2', 2, '10', ['100']),
      article('3', 3, '10', ['100']),
    ]
    const index = buildRelatedIndex([...all].reverse())
    expect(earlierInSeries(all[2]!, '100', index).map((entry) => entry.id)).toEqual(['2', '1'])
    expect(earlierInSeries(all[0]!, '100', index)).toEqual([])
  })
})

/** Equal publishing times: the id compared as a string decides, the greater first. */
const byIdDescending = (a: RelatableArticle, b: RelatableArticle) =>
  a.id < b.id ? 1 : a.id > b.id ? -1 : 0

/** The rules as first written, by scanning whole lists: the reference for the fast version. */
function relatedByScanning(
  subject: RelatableArticle,
  all: RelatableArticle[],
  limit = 4,
): RelatableArticle[] {
  const older = (other: RelatableArticle) =>
    other.publishedAt < subject.publishedAt ||
    (other.publishedAt === subject.publishedAt && other.id < subject.id)
  const newestFirst = [...all].sort(
    (a, b) => b.publishedAt.localeCompare(a.publishedAt) || byIdDescending(a, b),
  )
  const chosen = new Map<string, RelatableArticle>()
  const add = (candidate: RelatableArticle | undefined) => {
    if (candidate && candidate.id !== subject.id && chosen.size < limit)
      chosen.set(candidate.id, candidate)
  }
  subject.relatedIds.forEach((id) => add(all.find((entry) => entry.id === id)))
  const topicIds = subject.topics.map((topic) => topic.id)
  // Every topic's articles, in topic order, then sorted (an article in two topics is twice).
  const sameTopic = topicIds
    .flatMap((topicId) =>
      newestFirst.filter((entry) => entry.topics.some((topic) => topic.id === topicId)),
    )
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || byIdDescending(a, b))
  sameTopic.filter(older).forEach(add)
  newestFirst
    .filter((entry) => entry.category.id === subject.category.id && older(entry))
    .forEach(add)
  return [...chosen.values()]
}

describe('relatedArticles on a random newsroom', () => {
  it('chooses exactly what scanning every list would, for every article', () => {
    let state = 20261130
    const random = (below: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0
      return state % below
    }
    const all = Array.from({ length: 400 }, (_, at) => {
      // Few distinct days, so that many articles share a publishing time (the id decides).
      const topics = [...new Set(Array.from({ length: random(3) }, () => `${100 + random(4)}`))]
      const picks = Array.from({ length: random(3) }, () => `${1 + random(400)}`)
      return article(`${at + 1}`, 1 + random(20), `${10 + random(5)}`, topics, picks)
    })
    const index = buildRelatedIndex(
      [...all].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || byIdDescending(a, b)),
    )
    for (const subject of all) {
      for (const limit of [1, 4, 6]) {
        expect(relatedArticles(subject, index, limit).map((entry) => entry.id)).toEqual(
          relatedByScanning(subject, all, limit).map((entry) => entry.id),
        )
      }
      for (const topic of subject.topics) {
        const expected = all
          .filter(
            (entry) =>
              entry.topics.some((other) => other.id === topic.id) &&
              (entry.publishedAt < subject.publishedAt ||
                (entry.publishedAt === subject.publishedAt && entry.id < subject.id)),
          )
          .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || byIdDescending(a, b))
          .slice(0, 5)
        expect(earlierInSeries(subject, topic.id, index)).toEqual(expected)
      }
    }
  })
})
