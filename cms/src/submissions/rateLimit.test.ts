import { describe, expect, it } from 'vitest'

import { clientAddress, createRateLimit } from './rateLimit'

describe('clientAddress', () => {
  it('takes the hop the nearest proxy appended, not what the client claimed first', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '10.0.0.1, 198.51.100.4' }))).toBe(
      '198.51.100.4',
    )
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})

describe('createRateLimit', () => {
  it('allows the set number of attempts per address in a window, then says how long to wait', async () => {
    const limit = createRateLimit({ points: 2, windowSeconds: 60 })
    expect(await limit.consume('a')).toEqual({ isAllowed: true })
    expect(await limit.consume('a')).toEqual({ isAllowed: true })
    const refused = await limit.consume('a')
    expect(refused.isAllowed).toBe(false)
    expect(refused.isAllowed === false && refused.retryAfterSeconds).toBeGreaterThan(0)
    expect(await limit.consume('b')).toEqual({ isAllowed: true })
  })
})
