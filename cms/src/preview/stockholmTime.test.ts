import { describe, expect, it } from 'vitest'

import { stockholmTime } from './stockholmTime'

describe('stockholmTime', () => {
  it('gives the time of day in Stockholm, summer and winter', () => {
    const winter = new Date('2026-12-02T13:02:11Z')
    expect(stockholmTime(winter, winter)).toBe('14:02:11')
    const summer = new Date('2026-06-02T13:02:11Z')
    expect(stockholmTime(summer, summer)).toBe('15:02:11')
  })

  it('puts the date in front on another day than today in Stockholm', () => {
    const now = new Date('2026-12-02T08:00:00Z')
    expect(stockholmTime(new Date('2026-12-01T22:59:00Z'), now)).toBe('1 december 23:59:00')
    expect(stockholmTime(new Date('2026-12-01T23:00:00Z'), now)).toBe('00:00:00')
  })
})
