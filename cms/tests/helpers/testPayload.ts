import type { Payload } from 'payload'
import { getPayload } from 'payload'

import { migrateDatabase } from '../../src/migrateDatabase'
import config from '../../src/payload.config'

/**
 * A real Payload on the test database, its schema made by the committed migrations (SQLite) or
 * by the collections (MongoDB).
 */
export async function startTestPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  return payload
}

/** Drops a MongoDB test database (the SQLite file goes with its folder) and disconnects. */
export async function stopTestPayload(payload: Payload): Promise<void> {
  const mongo = payload.db as unknown as { connection?: { dropDatabase(): Promise<unknown> } }
  if (mongo.connection) await mongo.connection.dropDatabase()
  await payload.destroy()
}
