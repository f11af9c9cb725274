import { describe, expect, it } from 'vitest'

import { REVIEW_STATUSES } from './reviewStatus'
import { judgeTransition } from './transitions'

const pairs = REVIEW_STATUSES.flatMap((from) => REVIEW_STATUSES.map((to) => ({ from, to })))
const JOURNALIST_MOVES = new Set(['writing>submitted', 'submitted>writing'])

describe('judgeTransition', () => {
  it.each(pairs)(
    'lets a journalist move $from → $to only if it is hand-in or take-back',
    (pair) => {
      const verdict = judgeTransition({ ...pair, role: 'journalist' })
      const isAllowed = pair.from === pair.to || JOURNALIST_MOVES.has(`${pair.from}>${pair.to}`)
      expect(verdict.isAllowed).toBe(isAllowed)
      if (!verdict.isAllowed)
        expect(verdict.message).toMatch(/^Fältet Redaktionell status: bara en redaktör/)
    },
  )

  it.each(pairs)('lets an editor move $from → $to', (pair) => {
    expect(judgeTransition({ ...pair, role: 'editor' }).isAllowed).toBe(true)
  })

  it('names the event: a journalist withdraws, an editor sends back', () => {
    expect(judgeTransition({ from: 'submitted', to: 'writing', role: 'journalist' })).toEqual({
      isAllowed: true,
      event: 'withdrawn',
    })
    expect(judgeTransition({ from: 'inReview', to: 'writing', role: 'editor' })).toEqual({
      isAllowed: true,
      event: 'returned',
    })
    expect(judgeTransition({ from: 'writing', to: 'writing', role: 'editor' })).toEqual({
      isAllowed: true,
      event: null,
    })
  })
})
