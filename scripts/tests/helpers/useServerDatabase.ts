// Before each server test file: point the CMS config at the running server's database, so a
// test can reach behind the HTTP API where it must (e.g. to queue a scheduled publish).
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { serverContext } from './serverContext'

const { dataDir } = serverContext()
Object.assign(process.env, {
  NODE_ENV: 'test',
  DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, 'redaktion.db')}`,
  PAYLOAD_SECRET: readFileSync(path.join(dataDir, '.payload-secret'), 'utf8').trim(),
  RUN_JOBS: 'false',
})
