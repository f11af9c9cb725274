import { describe, expect, it } from 'vitest'

import { nextRetry, type Retry } from './nextRetry'

const nowMs = Date.parse('2026-11-23T12:00:00.000Z')
const settings = { baseMs: 5000, attempts: 6, nowMs }

describe('nextRetry', () => {
  it('tries a failed build again after the base wait', () => {
    expect(nextRetry({ ...settings, previous: null })).toEqual({
      attempt: 1,
      at: '2026-11-23T12:00:05.000Z',
    })
  })

  it('doubles the wait after every failed retry: 5, 10, 20, 40, 80, 160 s', () => {
    const waits: number[] = []
    let previous: Retry | null = null
    for (let failure = 0; failure < 6; failure++) {
      previous = nextRetry({ ...settings, previous })
      waits.push((Date.parse(previous!.at) - nowMs) / 1000)
    }
    expect(waits).toEqual([5, 10, 20, 40, 80, 160])
    expect(previous?.attempt).toBe(6)
  })

  it('gives up once the last retry has failed too', () => {
    expect(nextRetry({ ...settings, previous: { attempt: 6, at: '' } })).toBeNull()
    expect(nextRetry({ ...settings, attempts: 0, previous: null })).toBeNull()
  })
})
