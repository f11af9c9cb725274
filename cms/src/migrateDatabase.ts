import type { Migration, Payload } from 'payload'

import { migrations } from './migrations'

/**
 * Applies the committed SQLite migrations (a no-op when they are applied). MongoDB needs none:
 * its collections take the schema as documents arrive. The list is passed in, not read from
 * disk, so the same code runs under tsx, Vitest and Next.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (payload.db.name === 'mongoose') return
  // Generated migrations type their arguments for SQLite; Payload's list type is adapter-neutral.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
