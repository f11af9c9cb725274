import { describe, expect, it } from 'vitest'

import { addressBucket, clientAddress, createRateLimit } from './rateLimit'

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

describe('addressBucket', () => {
  it('counts an IPv6 client by its /64 network and IPv4 (also when mapped) by its address', () => {
    expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe(addressBucket('2001:db8:1:2:ffff:1:2:3'))
    expect(addressBucket('2001:db8:1:2::1')).not.toBe(addressBucket('2001:db8:1:3::1'))
    expect(addressBucket('::ffff:198.51.100.4')).toBe('198.51.100.4')
    expect(addressBucket('198.51.100.4')).not.toBe(addressBucket('198.51.100.5'))
    expect(addressBucket('unknown')).toBe('unknown')
  })

  it('refuses a second address of the same /64 once the first used up the limit', async () => {
    const limit = createRateLimit({ points: 1, windowSeconds: 60 })
    expect(await limit.consume('2001:db8::1')).toEqual({ isAllowed: true })
    expect((await limit.consume('2001:db8::2')).isAllowed).toBe(false)
  })

  it('starts over for an address after reset', async () => {
    const limit = createRateLimit({ points: 1, windowSeconds: 60 })
    await limit.consume('198.51.100.4')
    await limit.reset('198.51.100.4')
    expect(await limit.consume('198.51.100.4')).toEqual({ isAllowed: true })
  })
})
