import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`place\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`signup\` text;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`registrations_place_idx\` ON \`registrations\` (\`place\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`registrations_signup_idx\` ON \`registrations\` (\`signup\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`registrations_place_idx\`;`)
  await db.run(sql`DROP INDEX \`registrations_signup_idx\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`place\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`signup\`;`)
}
