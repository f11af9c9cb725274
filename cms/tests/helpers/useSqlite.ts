// Runs before each integration test file: a fresh SQLite file in a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

import { setTestEnvironment } from './setTestEnvironment'

const dataDir = mkdtempSync(path.join(tmpdir(), 'redaktion-int-'))
setTestEnvironment({ dataDir, databaseUrl: `file:${path.join(dataDir, 'test.db')}` })

afterAll(() => rmSync(dataDir, { recursive: true, force: true }))
