// Runs in its own process before the CMS starts: applies migrations, seeds an empty database.
import config from '@redaktion/cms/payload.config'
import { readEnv } from '@redaktion/cms/env'
import { migrateDatabase } from '@redaktion/cms/migrateDatabase'
import { getPayload } from 'payload'

import { info, step } from '../lib/log'
import { isDatabaseEmpty, seedDemo } from '../seed/seedDemo'

const env = readEnv()
const payload = await getPayload({ config })
if (env.isMongo) {
  info('MongoDB: no migrations to apply (the schema lives in the collections).')
} else {
  await step('Applying database migrations', () => migrateDatabase(payload))
}
if (await isDatabaseEmpty(payload)) {
  await step('Seeding the demo newsroom (first run)', () => seedDemo(payload, env.dataDir))
} else {
  info('The database already has content; not seeding.')
}
await payload.destroy()
process.exit(0)
