import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`corrections\` ADD \`assignee_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`corrections\` ADD \`reference\` text;`)
  await db.run(sql`ALTER TABLE \`corrections\` ADD \`handled_at\` text;`)
  await db.run(sql`ALTER TABLE \`corrections\` ADD \`idempotency_key\` text;`)
  await db.run(sql`CREATE INDEX \`corrections_assignee_idx\` ON \`corrections\` (\`assignee_id\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`corrections_reference_idx\` ON \`corrections\` (\`reference\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`corrections_handled_at_idx\` ON \`corrections\` (\`handled_at\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`corrections_idempotency_key_idx\` ON \`corrections\` (\`idempotency_key\`);`,
  )
  await db.run(sql`ALTER TABLE \`tips\` ADD \`anonymous\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`tips\` ADD \`reference\` text;`)
  await db.run(sql`ALTER TABLE \`tips\` ADD \`handled_at\` text;`)
  await db.run(sql`ALTER TABLE \`tips\` ADD \`idempotency_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`tips_reference_idx\` ON \`tips\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`tips_handled_at_idx\` ON \`tips\` (\`handled_at\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`tips_idempotency_key_idx\` ON \`tips\` (\`idempotency_key\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`debate_submissions\` ADD \`assignee_id\` integer REFERENCES users(id);`,
  )
  await db.run(sql`ALTER TABLE \`debate_submissions\` ADD \`reference\` text;`)
  await db.run(sql`ALTER TABLE \`debate_submissions\` ADD \`handled_at\` text;`)
  await db.run(sql`ALTER TABLE \`debate_submissions\` ADD \`idempotency_key\` text;`)
  await db.run(
    sql`CREATE INDEX \`debate_submissions_assignee_idx\` ON \`debate_submissions\` (\`assignee_id\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`debate_submissions_reference_idx\` ON \`debate_submissions\` (\`reference\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`debate_submissions_handled_at_idx\` ON \`debate_submissions\` (\`handled_at\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`debate_submissions_idempotency_key_idx\` ON \`debate_submissions\` (\`idempotency_key\`);`,
  )
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_corrections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`article_id\` integer NOT NULL,
  	\`what_is_wrong\` text NOT NULL,
  	\`what_is_right\` text,
  	\`source\` text,
  	\`contact_name\` text,
  	\`contact_email\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`notice\` text,
  	\`notice_published_at\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_corrections\`("id", "article_id", "what_is_wrong", "what_is_right", "source", "contact_name", "contact_email", "status", "notice", "notice_published_at", "internal_notes", "updated_at", "created_at") SELECT "id", "article_id", "what_is_wrong", "what_is_right", "source", "contact_name", "contact_email", "status", "notice", "notice_published_at", "internal_notes", "updated_at", "created_at" FROM \`corrections\`;`,
  )
  await db.run(sql`DROP TABLE \`corrections\`;`)
  await db.run(sql`ALTER TABLE \`__new_corrections\` RENAME TO \`corrections\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`corrections_article_idx\` ON \`corrections\` (\`article_id\`);`)
  await db.run(
    sql`CREATE INDEX \`corrections_notice_published_at_idx\` ON \`corrections\` (\`notice_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`corrections_updated_at_idx\` ON \`corrections\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`corrections_created_at_idx\` ON \`corrections\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_debate_submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`text\` text,
  	\`document_id\` integer,
  	\`author_name\` text NOT NULL,
  	\`signature\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text NOT NULL,
  	\`consent_to_editing\` integer DEFAULT false NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`article_id\` integer,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`debate_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_debate_submissions\`("id", "title", "text", "document_id", "author_name", "signature", "email", "phone", "consent_to_editing", "status", "article_id", "internal_notes", "updated_at", "created_at") SELECT "id", "title", "text", "document_id", "author_name", "signature", "email", "phone", "consent_to_editing", "status", "article_id", "internal_notes", "updated_at", "created_at" FROM \`debate_submissions\`;`,
  )
  await db.run(sql`DROP TABLE \`debate_submissions\`;`)
  await db.run(sql`ALTER TABLE \`__new_debate_submissions\` RENAME TO \`debate_submissions\`;`)
  await db.run(
    sql`CREATE INDEX \`debate_submissions_document_idx\` ON \`debate_submissions\` (\`document_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`debate_submissions_article_idx\` ON \`debate_submissions\` (\`article_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`debate_submissions_updated_at_idx\` ON \`debate_submissions\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`debate_submissions_created_at_idx\` ON \`debate_submissions\` (\`created_at\`);`,
  )
  await db.run(sql`DROP INDEX \`tips_reference_idx\`;`)
  await db.run(sql`DROP INDEX \`tips_handled_at_idx\`;`)
  await db.run(sql`DROP INDEX \`tips_idempotency_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`tips\` DROP COLUMN \`anonymous\`;`)
  await db.run(sql`ALTER TABLE \`tips\` DROP COLUMN \`reference\`;`)
  await db.run(sql`ALTER TABLE \`tips\` DROP COLUMN \`handled_at\`;`)
  await db.run(sql`ALTER TABLE \`tips\` DROP COLUMN \`idempotency_key\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
