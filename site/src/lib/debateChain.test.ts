import { describe, expect, it } from 'vitest'

import { debateChains, type ChainableArticle } from './debateChain'

const article = (
  id: string,
  type: string,
  publishedAt: string,
  extra: Partial<ChainableArticle> = {},
): ChainableArticle => ({ id, type, publishedAt, ...extra })

const idsOf = (chain: { articles: ChainableArticle[] } | undefined) =>
  chain?.articles.map(({ id }) => id)

describe('debateChains', () => {
  const original = article('a', 'debatt', '2026-03-01T08:00:00.000Z', { debateClosed: false })
  const first = article('b', 'replik', '2026-03-05T08:00:00.000Z', { repliesTo: 'a' })
  const answerToFirst = article('c', 'replik', '2026-03-04T08:00:00.000Z', {
    repliesTo: { id: 'b' },
  })
  const last = article('d', 'slutreplik', '2026-03-09T08:00:00.000Z', { repliesTo: 'a' })

  it('lists the original first and every reply at any depth in publication order', () => {
    const chains = debateChains([last, answerToFirst, original, first])
    for (const id of ['a', 'b', 'c', 'd']) {
      expect(idsOf(chains.get(id))).toEqual(['a', 'c', 'b', 'd'])
    }
  })

  it('orders replies published at the same moment by id', () => {
    const twin = article('e', 'replik', first.publishedAt, { repliesTo: 'a' })
    expect(idsOf(debateChains([twin, original, first]).get('a'))).toEqual(['a', 'b', 'e'])
  })

  it('is closed for every member when the original is closed', () => {
    const closed = { ...original, debateClosed: true }
    const chains = debateChains([closed, first, last])
    expect([chains.get('a')?.isClosed, chains.get('d')?.isClosed]).toEqual([true, true])
    expect(debateChains([original, first]).get('b')?.isClosed).toBe(false)
  })

  it('lets a reply whose parent is not published head its own chain', () => {
    const chains = debateChains([first, answerToFirst])
    expect(idsOf(chains.get('c'))).toEqual(['b', 'c'])
  })

  it('leaves out articles that are not of a debate type', () => {
    const news = article('n', 'nyhet', '2026-03-02T08:00:00.000Z', { repliesTo: 'a' })
    const chains = debateChains([original, news])
    expect(chains.has('n')).toBe(false)
    expect(idsOf(chains.get('a'))).toEqual(['a'])
  })

  it('stops at a cycle instead of walking forever', () => {
    const x = article('x', 'replik', '2026-03-01T08:00:00.000Z', { repliesTo: 'y' })
    const y = article('y', 'replik', '2026-03-02T08:00:00.000Z', { repliesTo: 'x' })
    expect(new Set(idsOf(debateChains([x, y]).get('x')))).toEqual(new Set(['x', 'y']))
  })
})
