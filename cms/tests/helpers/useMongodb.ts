// Runs before each integration test file when MONGODB_URL is set: a fresh database per file.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

import { setTestEnvironment } from './setTestEnvironment'

const url = new URL(process.env.MONGODB_URL!)
url.pathname = `/redaktion_test_${randomBytes(4).toString('hex')}`
const dataDir = mkdtempSync(path.join(tmpdir(), 'redaktion-int-'))
setTestEnvironment({ dataDir, databaseUrl: url.toString() })

afterAll(() => rmSync(dataDir, { recursive: true, force: true }))
