// Vitest global setup for the `server-mongodb` project (only when MONGODB_URL is set): the same
// npm start as the `server` project, on a fresh database of that MongoDB server, dropped after.
import { randomBytes } from 'node:crypto'

// The driver Payload's MongoDB adapter brings (@payloadcms/db-mongodb depends on it).
import { MongoClient } from 'mongodb'
import type { TestProject } from 'vitest/node'

import { startServer } from './startServer'

export default async function startServerOnMongodb(project: TestProject) {
  const url = new URL(process.env.MONGODB_URL!)
  url.pathname = `/redaktion_server_${randomBytes(4).toString('hex')}`
  const stop = await startServer(project, { databaseUrl: url.toString() })
  return async () => {
    try {
      await stop()
    } finally {
      const client = await MongoClient.connect(url.toString())
      await client.db().dropDatabase()
      await client.close()
    }
  }
}
