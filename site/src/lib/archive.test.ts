import { describe, expect, it } from 'vitest'

import { groupByMonth } from './archive'

const item = (publishedAt: string) => ({ publishedAt })

describe('groupByMonth', () => {
  it('groups by month, newest month and newest item first', () => {
    const months = groupByMonth([
      item('2026-01-15T10:00:00Z'),
      item('2026-03-02T10:00:00Z'),
      item('2026-03-20T10:00:00Z'),
    ])
    expect(months.map(({ year, month, items }) => [year, month, items.length])).toEqual([
      [2026, 3, 2],
      [2026, 1, 1],
    ])
    expect(months[0]?.items[0]?.publishedAt).toBe('2026-03-20T10:00:00Z')
  })

  it('files an article by its date in Sweden, not in UTC', () => {
    const [month] = groupByMonth([item('2026-03-31T22:30:00Z')])
    expect([month?.year, month?.month]).toEqual([2026, 4])
  })

  it('adds a new article to the newest month without changing older months', () => {
    const old = [item('2026-01-15T10:00:00Z'), item('2026-02-15T10:00:00Z')]
    const before = groupByMonth(old)
    const after = groupByMonth([...old, item('2026-02-20T10:00:00Z')])
    expect(after.find((month) => month.month === 1)).toEqual(
      before.find((month) => month.month === 1),
    )
  })
})
