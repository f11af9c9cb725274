import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { readEnv } from './env'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'redaktion-env-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('readEnv', () => {
  it('defaults to a SQLite file in the data folder', () => {
    const dataDir = tempDir()
    const env = readEnv({ DATA_DIR: dataDir })
    expect(env.databaseUrl).toBe(`file:${path.join(dataDir, 'redaktion.db')}`)
    expect(env.isMongo).toBe(false)
  })

  it('selects MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    const dataDir = tempDir()
    expect(
      readEnv({ DATA_DIR: dataDir, DATABASE_URL: 'mongodb://127.0.0.1/redaktion' }).isMongo,
    ).toBe(true)
    expect(
      readEnv({ DATA_DIR: dataDir, DATABASE_URL: 'mongodb+srv://x.example.net/r' }).isMongo,
    ).toBe(true)
  })

  it('names the variable when a value is malformed', () => {
    expect(() => readEnv({ DATA_DIR: tempDir(), DATABASE_URL: 'postgres://db/redaktion' })).toThrow(
      /DATABASE_URL: must start with file:/,
    )
    expect(() => readEnv({ DATA_DIR: tempDir(), SERVER_URL: 'inte en adress' })).toThrow(
      /SERVER_URL/,
    )
  })

  it('requires PAYLOAD_SECRET in production', () => {
    expect(() => readEnv({ NODE_ENV: 'production', DATA_DIR: tempDir() })).toThrow(
      /PAYLOAD_SECRET is required/,
    )
  })

  it('generates a development secret once and keeps it in the data folder', () => {
    const dataDir = tempDir()
    const first = readEnv({ DATA_DIR: dataDir }).payloadSecret
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(readEnv({ DATA_DIR: dataDir }).payloadSecret).toBe(first)
    expect(readFileSync(path.join(dataDir, '.payload-secret'), 'utf8').trim()).toBe(first)
  })
})
