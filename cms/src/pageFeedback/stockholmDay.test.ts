import { describe, expect, it } from 'vitest'

import { stockholmDay, stockholmDayBefore } from './stockholmDay'

describe('stockholmDay', () => {
  it('counts the day in Stockholm, not in UTC', () => {
    expect(stockholmDay(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02')
    expect(stockholmDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01')
    expect(stockholmDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02')
  })

  it('steps back whole days across month and year ends', () => {
    expect(stockholmDayBefore(new Date('2026-01-02T12:00:00Z'), 30)).toBe('2025-12-03')
    expect(stockholmDayBefore(new Date('2026-03-01T23:30:00Z'), 1)).toBe('2026-03-01')
  })
})
