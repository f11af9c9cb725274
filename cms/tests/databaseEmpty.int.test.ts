// npm start seeds the demo newsroom only into an empty database: not into a synthetic archive
// (npm run archive), which has articles and categories but no users.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isDatabaseEmpty } from '../../scripts/src/seed/seedDemo'
import { startTestPayload, stopTestPayload } from './helpers/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await startTestPayload()
})
afterAll(() => stopTestPayload(payload))

describe('whether npm start seeds the demo', () => {
  it('seeds a database without users, articles or categories', async () => {
    expect(await isDatabaseEmpty(payload)).toBe(true)
  })

  it('does not seed a database with content but no users', async () => {
    await payload.create({
      collection: 'categories',
      data: { title: 'Arkivet', slug: 'arkivet' } as never,
      overrideAccess: true,
    })
    expect(await payload.count({ collection: 'users', overrideAccess: true })).toEqual({
      totalDocs: 0,
    })
    expect(await isDatabaseEmpty(payload)).toBe(false)
  })
})
