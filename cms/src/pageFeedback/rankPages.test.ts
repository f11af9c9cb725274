import { describe, expect, it } from 'vitest'

import { rankPages, type FeedbackRow } from './rankPages'

const row = (
  page: string,
  answer: 'yes' | 'no',
  text?: string,
  day = '2026-12-01',
): FeedbackRow => ({
  page,
  answer,
  day,
  text: text ?? null,
})

describe('rankPages', () => {
  it('ranks pages by the share of Nej and counts both answers', () => {
    const ranking = rankPages([
      row('/a/', 'yes'),
      row('/a/', 'no'),
      row('/b/', 'no'),
      row('/c/', 'yes'),
      row('/a/', 'yes'),
    ])
    expect(ranking.map(({ page, yes, no }) => [page, yes, no])).toEqual([
      ['/b/', 0, 1],
      ['/a/', 2, 1],
      ['/c/', 1, 0],
    ])
    expect(ranking[1]!.noShare).toBeCloseTo(1 / 3)
  })

  it('puts the page with more answers first when the shares are equal', () => {
    const ranking = rankPages([row('/liten/', 'no'), row('/stor/', 'no'), row('/stor/', 'no')])
    expect(ranking.map((page) => page.page)).toEqual(['/stor/', '/liten/'])
  })

  it('lists the texts of a page newest first', () => {
    const [page] = rankPages([
      row('/a/', 'no', 'Saknade tiden', '2026-11-20'),
      row('/a/', 'no', 'Saknade adressen', '2026-11-28'),
      row('/a/', 'no'),
    ])
    expect(page!.texts).toEqual([
      { day: '2026-11-28', text: 'Saknade adressen' },
      { day: '2026-11-20', text: 'Saknade tiden' },
    ])
  })
})
