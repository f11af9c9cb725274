import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { spendPasswordCheckTime, verifyPassword } from '../src/auth/passwordHash'
import { startTestPayload, stopTestPayload } from './helpers/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await startTestPayload()
})
afterAll(() => stopTestPayload(payload))

describe('the password hash adapter', () => {
  it('verifies the hashes Payload writes, and nothing else', async () => {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: 'hash@test.example',
        password: 'ratt-losenord-123',
        name: 'Hash',
        role: 'admin',
      },
    })
    const stored = await payload.db.findOne<{ id: number | string; hash?: string; salt?: string }>({
      collection: 'users',
      where: { id: { equals: user.id } },
    })
    expect(await verifyPassword(stored!, 'ratt-losenord-123')).toBe(true)
    expect(await verifyPassword(stored!, 'fel-losenord-123')).toBe(false)
    expect(await verifyPassword(stored!, undefined)).toBe(false)
    expect(await verifyPassword({}, 'ratt-losenord-123')).toBe(false)
  })

  it('spends about as long as a real check', async () => {
    const stored = await payload.db.findOne<{ id: number | string; hash?: string; salt?: string }>({
      collection: 'users',
      where: { email: { equals: 'hash@test.example' } },
    })
    const started = performance.now()
    await verifyPassword(stored!, 'fel-losenord-123')
    const real = performance.now() - started
    const spentFrom = performance.now()
    await spendPasswordCheckTime('fel-losenord-123')
    const spent = performance.now() - spentFrom
    expect(spent / real).toBeGreaterThan(0.5)
    expect(spent / real).toBeLessThan(2)
  })
})
