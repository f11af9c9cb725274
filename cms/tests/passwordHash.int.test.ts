import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SPENT_DERIVATION, derivationOf, verifyPassword } from '../src/auth/passwordHash'
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
    const stored = await payload.db.findOne<{ id: string; hash?: string; salt?: string }>({
      collection: 'users',
      where: { id: { equals: user.id } },
    })
    expect(await verifyPassword(stored!, 'ratt-losenord-123')).toBe(true)
    expect(await verifyPassword(stored!, 'fel-losenord-123')).toBe(false)
    expect(await verifyPassword(stored!, undefined)).toBe(false)
    expect(await verifyPassword({}, 'ratt-losenord-123')).toBe(false)
  })

  // Tests do not time anything: the spent work is the same key derivation, by its parameters.
  it('spends the same key derivation as checking a hash Payload writes', async () => {
    const stored = await payload.db.findOne<{ id: string; hash?: string }>({
      collection: 'users',
      where: { email: { equals: 'hash@test.example' } },
    })
    expect(typeof stored?.hash).toBe('string')
    expect(derivationOf(stored!.hash!)).toEqual(SPENT_DERIVATION)
  })
})
