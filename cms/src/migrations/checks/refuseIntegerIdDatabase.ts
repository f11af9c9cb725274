import { sql, type MigrateUpArgs } from '@payloadcms/db-sqlite'

/** What an operator is told when the data folder predates text ids. */
export const INTEGER_ID_DATABASE_MESSAGE =
  'This SQLite database was made by an older Redaktion whose ids were integers. Ids are now ' +
  'text, the shape MongoDB gives them, and an old database cannot be converted in place. For ' +
  'the demo: stop Redaktion, delete the data folder (rm -rf data/, or the folder DATA_DIR ' +
  'names) and run npm start again, which seeds fresh demo content; for a synthetic archive, ' +
  'run npm run archive again'

/**
 * Run first by the first migration. The migrations that made integer-id databases are gone, so
 * on such a database this set starts from the beginning and would fail on "table already
 * exists"; this says what happened and what to do instead.
 */
export async function refuseIntegerIdDatabase(db: MigrateUpArgs['db']): Promise<void> {
  const idColumn = await db.all<{ type: string }>(
    sql`SELECT type FROM pragma_table_info('articles') WHERE name = 'id'`,
  )
  if (idColumn.length === 0) return
  if (idColumn[0]!.type.toLowerCase() === 'integer') throw new Error(INTEGER_ID_DATABASE_MESSAGE)
  throw new Error(
    'The database already has an articles table but no record of the migration that makes it; ' +
      'point DATABASE_URL at an empty file or at the database Redaktion made',
  )
}
