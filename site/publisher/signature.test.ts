import { describe, expect, it } from 'vitest'

import { signBody, verifySignature } from './signature'

const secret = 'a-test-secret-of-enough-length'
const body = '{"deliveryId":"x"}'
const now = 1_800_000_000

function check(overrides: Partial<Parameters<typeof verifySignature>[0]>) {
  return verifySignature({
    secret,
    signature: signBody({ secret, timestamp: now, body }),
    timestamp: String(now),
    body,
    nowSeconds: now,
    maxSkewSeconds: 300,
    ...overrides,
  })
}

describe('verifySignature', () => {
  it('accepts a body signed with the secret over timestamp and body', () => {
    expect(check({})).toBe('valid')
  })

  it('matches the example in the README', () => {
    expect(signBody({ secret: 'secret', timestamp: 1700000000, body: '{}' })).toBe(
      'sha256=b8569b78799ff9e3cbff0fc2d63a33a2b57f3282abd07c37ae5e8e7d79a5f163',
    )
  })

  it('rejects a missing signature or timestamp', () => {
    expect(check({ signature: undefined })).toBe('missing')
    expect(check({ timestamp: undefined })).toBe('missing')
  })

  it('rejects a changed body, a changed timestamp and another secret', () => {
    expect(check({ body: '{"deliveryId":"y"}' })).toBe('mismatch')
    expect(check({ timestamp: String(now + 1) })).toBe('mismatch')
    expect(check({ secret: 'another-secret-of-enough-length' })).toBe('mismatch')
    expect(check({ signature: 'sha256=00' })).toBe('mismatch')
  })

  it('rejects a correctly signed request older or newer than the allowed skew', () => {
    expect(check({ nowSeconds: now + 301 })).toBe('stale')
    expect(check({ nowSeconds: now - 301 })).toBe('stale')
    expect(check({ nowSeconds: now + 300 })).toBe('valid')
  })
})
