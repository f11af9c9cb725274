import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// The site pages through the published articles ordered by id (`where _status = published`,
// `sort=id`). With integer ids the `_status` index held them in id order, since an integer id is
// the row's own key; a text id is not, so SQLite read and sorted every published article for
// each page of 250: the full fetch of a 10,000-article archive took 17 s instead of 5 s. An index
// on both columns gives the order back. It is UNIQUE (as id is), so that SQLite also knows the
// `created_at` Payload adds to every sort changes nothing; otherwise it sorts each page's rows
// again, reading every row up to the page's offset. Payload's compound `indexes` cannot name
// `id`, so this index lives here only; MongoDB answers the same query from its `_id` index.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`CREATE UNIQUE INDEX IF NOT EXISTS \`articles__status_id_idx\` ON \`articles\` (\`_status\`, \`id\`);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX IF EXISTS \`articles__status_id_idx\`;`)
}
