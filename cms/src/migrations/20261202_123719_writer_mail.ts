import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`corrections\` ADD \`writer_message\` text;`)
  await db.run(sql`ALTER TABLE \`corrections\` ADD \`decision_mailed\` text;`)
  await db.run(sql`ALTER TABLE \`corrections\` ADD \`decision_mailed_at\` text;`)
  await db.run(sql`ALTER TABLE \`corrections\` ADD \`decision_mail_token\` text;`)
  await db.run(sql`ALTER TABLE \`debate_submissions\` ADD \`writer_message\` text;`)
  await db.run(sql`ALTER TABLE \`debate_submissions\` ADD \`decision_mailed\` text;`)
  await db.run(sql`ALTER TABLE \`debate_submissions\` ADD \`decision_mailed_at\` text;`)
  await db.run(sql`ALTER TABLE \`debate_submissions\` ADD \`decision_mail_token\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`corrections\` DROP COLUMN \`writer_message\`;`)
  await db.run(sql`ALTER TABLE \`corrections\` DROP COLUMN \`decision_mailed\`;`)
  await db.run(sql`ALTER TABLE \`corrections\` DROP COLUMN \`decision_mailed_at\`;`)
  await db.run(sql`ALTER TABLE \`corrections\` DROP COLUMN \`decision_mail_token\`;`)
  await db.run(sql`ALTER TABLE \`debate_submissions\` DROP COLUMN \`writer_message\`;`)
  await db.run(sql`ALTER TABLE \`debate_submissions\` DROP COLUMN \`decision_mailed\`;`)
  await db.run(sql`ALTER TABLE \`debate_submissions\` DROP COLUMN \`decision_mailed_at\`;`)
  await db.run(sql`ALTER TABLE \`debate_submissions\` DROP COLUMN \`decision_mail_token\`;`)
}
