// The site's full fetch pages through the published articles ordered by id. With text ids,
// SQLite answers that from the `(_status, id)` index made by a migration, not by sorting every
// published article for each page (what made a 10,000-article fetch three times slower).
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, stopTestPayload } from './helpers/testPayload'

let payload: Payload
const sqlite = () => payload.db as unknown as { drizzle: { all<T>(query: unknown): Promise<T[]> } }
const isSqlite = () => payload.db.name !== 'mongoose'

beforeAll(async () => {
  payload = await startTestPayload()
})
afterAll(() => stopTestPayload(payload))

describe('the site’s page query on SQLite', () => {
  it('walks the published articles in id order from an index, with no sort of its own', async (context) => {
    if (!isSqlite()) context.skip('a SQLite query plan; MongoDB answers it from _id')
    // The shape Payload 3 gives `sort=id`: it adds `created_at` as a second key to every sort.
    const plan = await sqlite().drizzle.all<{ detail: string }>(
      sql`EXPLAIN QUERY PLAN SELECT * FROM articles WHERE _status = 'published' AND _status = 'published' ORDER BY id ASC, created_at DESC LIMIT 250 OFFSET 5000`,
    )
    const steps = plan.map((step) => step.detail).join('\n')
    expect(steps).toContain('articles__status_id_idx')
    expect(steps).not.toContain('TEMP B-TREE')
  })
})
