import { describe, expect, it } from 'vitest'

import { byShard } from './searchIndex'
import { idPrefix, rankedId } from './shardInfo'

const result = (id: string, score = 1) => ({ id, score })

describe('one search over every shard', () => {
  const bases = ['/pagefind/', '/pagefind-2/', '/pagefind-recent/']

  it('splits the results by the shard their ranked id names, each in the order found', () => {
    const [a, a2, r] = ['pagefind', 'pagefind-2', 'pagefind-recent'].map(idPrefix)
    expect([a, a2, r]).toEqual(['a', 'a2', 'r'])
    const results = [
      result(rankedId('r', 3), 9),
      result(rankedId('a', 40), 8),
      result(rankedId('a2', 7), 7),
      result(rankedId('a', 2), 6),
    ]
    expect(byShard(results, bases)).toEqual([[results[1], results[3]], [results[2]], [results[0]]])
  })

  it('gives an empty list to a shard without results', () => {
    expect(byShard([result('r-1')], bases)).toEqual([[], [], [result('r-1')]])
  })

  it('gives up when an id is not ranked, or names a shard that is not searched', () => {
    expect(byShard([result('a-1'), result('sv_4c66e7e')], bases)).toBeNull()
    expect(byShard([result('a3-1')], bases)).toBeNull()
  })
})
