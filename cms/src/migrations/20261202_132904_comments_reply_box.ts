import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`tip_messages\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`tip_id\` text(36) NOT NULL,
  	\`from\` text DEFAULT 'newsroom' NOT NULL,
  	\`text\` text NOT NULL,
  	\`state\` text,
  	\`sent_at\` text,
  	\`sent_by_id\` text(36),
  	\`read_at\` text,
  	\`idempotency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tip_id\`) REFERENCES \`tips\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sent_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`tip_messages_tip_idx\` ON \`tip_messages\` (\`tip_id\`);`)
  await db.run(sql`CREATE INDEX \`tip_messages_sent_at_idx\` ON \`tip_messages\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`tip_messages_sent_by_idx\` ON \`tip_messages\` (\`sent_by_id\`);`)
  await db.run(sql`CREATE INDEX \`tip_messages_read_at_idx\` ON \`tip_messages\` (\`read_at\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`tip_messages_idempotency_key_idx\` ON \`tip_messages\` (\`idempotency_key\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tip_messages_updated_at_idx\` ON \`tip_messages\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tip_messages_created_at_idx\` ON \`tip_messages\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`tip_messages_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`tip_attachments_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`tip_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tip_attachments_id\`) REFERENCES \`tip_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`tip_messages_rels_order_idx\` ON \`tip_messages_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tip_messages_rels_parent_idx\` ON \`tip_messages_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tip_messages_rels_path_idx\` ON \`tip_messages_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`tip_messages_rels_tip_attachments_id_idx\` ON \`tip_messages_rels\` (\`tip_attachments_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`comments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`article_id\` text(36) NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text,
  	\`text\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`moderated_at\` text,
  	\`moderated_by_id\` text(36),
  	\`reference\` text,
  	\`idempotency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`comments_article_idx\` ON \`comments\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`comments_status_idx\` ON \`comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`comments_moderated_at_idx\` ON \`comments\` (\`moderated_at\`);`)
  await db.run(
    sql`CREATE INDEX \`comments_moderated_by_idx\` ON \`comments\` (\`moderated_by_id\`);`,
  )
  await db.run(sql`CREATE UNIQUE INDEX \`comments_reference_idx\` ON \`comments\` (\`reference\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`comments_idempotency_key_idx\` ON \`comments\` (\`idempotency_key\`);`,
  )
  await db.run(sql`CREATE INDEX \`comments_updated_at_idx\` ON \`comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comments_created_at_idx\` ON \`comments\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`comments_open\` integer;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_comments_open\` integer;`)
  await db.run(sql`ALTER TABLE \`tips\` ADD \`phrase_hash\` text;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`tip_messages_id\` text(36) REFERENCES tip_messages(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`comments_id\` text(36) REFERENCES comments(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_tip_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`tip_messages_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`comments_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`tip_messages\`;`)
  await db.run(sql`DROP TABLE \`tip_messages_rels\`;`)
  await db.run(sql`DROP TABLE \`comments\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`article_comments_id\` text(36),
  	\`events_id\` text(36),
  	\`categories_id\` text(36),
  	\`topics_id\` text(36),
  	\`authors_id\` text(36),
  	\`media_id\` text(36),
  	\`documents_id\` text(36),
  	\`videos_id\` text(36),
  	\`corrections_id\` text(36),
  	\`tips_id\` text(36),
  	\`tip_attachments_id\` text(36),
  	\`debate_submissions_id\` text(36),
  	\`debate_documents_id\` text(36),
  	\`registrations_id\` text(36),
  	\`page_feedback_id\` text(36),
  	\`redirects_id\` text(36),
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`article_comments_id\`) REFERENCES \`article_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`videos_id\`) REFERENCES \`videos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`corrections_id\`) REFERENCES \`corrections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tips_id\`) REFERENCES \`tips\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tip_attachments_id\`) REFERENCES \`tip_attachments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`debate_submissions_id\`) REFERENCES \`debate_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`debate_documents_id\`) REFERENCES \`debate_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_feedback_id\`) REFERENCES \`page_feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "article_comments_id", "events_id", "categories_id", "topics_id", "authors_id", "media_id", "documents_id", "videos_id", "corrections_id", "tips_id", "tip_attachments_id", "debate_submissions_id", "debate_documents_id", "registrations_id", "page_feedback_id", "redirects_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "article_comments_id", "events_id", "categories_id", "topics_id", "authors_id", "media_id", "documents_id", "videos_id", "corrections_id", "tips_id", "tip_attachments_id", "debate_submissions_id", "debate_documents_id", "registrations_id", "page_feedback_id", "redirects_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_article_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`article_comments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_videos_id_idx\` ON \`payload_locked_documents_rels\` (\`videos_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`corrections_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_tips_id_idx\` ON \`payload_locked_documents_rels\` (\`tips_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_tip_attachments_id_idx\` ON \`payload_locked_documents_rels\` (\`tip_attachments_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_debate_submissions_id_idx\` ON \`payload_locked_documents_rels\` (\`debate_submissions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_debate_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`debate_documents_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_page_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`page_feedback_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`comments_open\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_comments_open\`;`)
  await db.run(sql`ALTER TABLE \`tips\` DROP COLUMN \`phrase_hash\`;`)
}
