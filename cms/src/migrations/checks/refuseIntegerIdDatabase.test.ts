import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { afterEach, describe, expect, it } from 'vitest'

import { migrations } from '..'
import { INTEGER_ID_DATABASE_MESSAGE } from './refuseIntegerIdDatabase'

const folders: string[] = []
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true })))

function openDatabase() {
  const folder = mkdtempSync(path.join(tmpdir(), 'redaktion-ids-'))
  folders.push(folder)
  return drizzle({ connection: { url: `file:${path.join(folder, 'test.db')}` } })
}

const applyFirstMigration = (db: ReturnType<typeof openDatabase>) =>
  migrations[0]!.up({ db, payload: null, req: null } as unknown as MigrateUpArgs)

describe('the first migration on an existing database', () => {
  it('refuses a database whose ids are integers, saying to delete the data folder', async () => {
    const db = openDatabase()
    // The articles table as the integer-id migrations made it (its id and one column suffice).
    await db.run(sql`CREATE TABLE articles (id integer PRIMARY KEY NOT NULL, title text)`)
    await expect(applyFirstMigration(db)).rejects.toThrow(INTEGER_ID_DATABASE_MESSAGE)
    expect(INTEGER_ID_DATABASE_MESSAGE).toContain('rm -rf data/')
  })

  it('makes the schema with text ids on an empty database', async () => {
    const db = openDatabase()
    await applyFirstMigration(db)
    const columns = await db.all<{ name: string; type: string }>(
      sql`SELECT name, type FROM pragma_table_info('articles') WHERE name IN ('id', 'category_id')`,
    )
    expect(columns).toEqual([
      { name: 'id', type: 'text(36)' },
      { name: 'category_id', type: 'text(36)' },
    ])
  })
})
