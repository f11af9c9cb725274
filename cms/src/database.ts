import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { Env } from './env'
import { migrations } from './migrations'

const migrationDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'migrations')

/**
 * SQLite (a file under data/) is the embedded default; a mongodb:// URL selects MongoDB, which
 * production runs. Schemas stay portable: no adapter-only field types or options.
 */
export function createDatabaseAdapter(env: Env): DatabaseAdapterObj {
  if (env.isMongo) {
    return mongooseAdapter({ url: env.databaseUrl })
  }
  return sqliteAdapter({
    client: { url: env.databaseUrl },
    idType: 'uuid',
    migrationDir,
    // The schema only ever changes through committed migrations, in every environment, so
    // tests exercise the same migrations production applies.
    push: false,
    prodMigrations: migrations,
    // Write-ahead logging: one fsync per commit instead of several (synchronous stays FULL, so
    // a committed submission survives a power cut), and readers such as a site build never
    // wait for a writer. The CMS, its migration step and tests may open the file together.
    wal: true,
    busyTimeout: 10_000,
    // No `transactionOptions`: libsql runs SQLite synchronously on the event loop and opens a
    // connection per transaction, so two transactions in one process cannot wait for each
    // other (SQLITE_BUSY at once). Code that writes several rows orders and undoes its writes
    // itself (see submissions/storeSubmission.ts); MongoDB runs real transactions.
  })
}
