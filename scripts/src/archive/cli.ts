// `npm run archive -- --articles 10000`: fills a database with a deterministic synthetic archive
// for benchmarks, writing through the database adapter in batched transactions (no hooks, no
// access control: the data is generated, not edited).
import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { z } from 'zod'

import { fail, formatSeconds, info, step } from '../lib/log'
import { repoRoot } from '../lib/paths'

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    events: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    until: { type: 'string', default: '2026-11-01T00:00:00Z' },
    'database-url': { type: 'string' },
    'batch-size': { type: 'string', default: '500' },
  },
})

const options = z
  .object({
    articles: z.coerce.number().int().min(1).max(1_000_000),
    events: z.coerce.number().int().min(0).max(100_000),
    seed: z.coerce.number().int().min(0),
    until: z.coerce.date(),
    'database-url': z
      .string()
      .regex(/^(file:|mongodb)/, 'must start with file: or mongodb')
      .optional(),
    'batch-size': z.coerce.number().int().min(1).max(10_000),
  })
  .safeParse(values)
if (!options.success) {
  fail(
    `Invalid options: ${options.error.issues.map((issue) => `--${issue.path.join('.')} ${issue.message}`).join('; ')}`,
    'Example: npm run archive -- --articles 10000 [--events 200] [--seed 1] [--until 2026-11-01] [--database-url file:/tmp/archive.db]',
  )
}
const { articles: count, events, seed, until, 'batch-size': batchSize } = options.data
const dataDir = process.env.DATA_DIR ?? path.join(repoRoot, 'data')
const databaseUrl = options.data['database-url'] ?? `file:${path.join(dataDir, 'archive.db')}`

// A SQLite archive is generated data: start from an empty file every time.
if (databaseUrl.startsWith('file:')) {
  const file = databaseUrl.slice('file:'.length)
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    if (existsSync(file + suffix)) rmSync(file + suffix)
  }
}
Object.assign(process.env, { DATABASE_URL: databaseUrl, DATA_DIR: dataDir, RUN_JOBS: 'false' })

const { writeArchive } = await import('./writeArchive')
const started = Date.now()
info(
  `Archive: ${count} articles and ${events} past events, seed ${seed}, newest ${until.toISOString().slice(0, 10)}, into ${databaseUrl}`,
)
const written = await step('Writing the synthetic archive', () =>
  writeArchive({ count, events, seed, until, batchSize }),
)
const seconds = (Date.now() - started) / 1000
info(
  `${written} articles in ${formatSeconds(Date.now() - started)} (${Math.round(written / seconds)} articles/s)`,
)
info(`Serve it with: DATABASE_URL=${databaseUrl} npm start`)
process.exit(0)
