import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`articles\` ADD \`replies_to_id\` text(36) REFERENCES articles(id);`,
  )
  await db.run(sql`ALTER TABLE \`articles\` ADD \`debate_closed\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`articles_replies_to_idx\` ON \`articles\` (\`replies_to_id\`);`)
  await db.run(
    sql`ALTER TABLE \`_articles_v\` ADD \`version_replies_to_id\` text(36) REFERENCES articles(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`_articles_v\` ADD \`version_debate_closed\` integer DEFAULT false;`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_replies_to_idx\` ON \`_articles_v\` (\`version_replies_to_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`debate_submissions\` ADD \`replies_to_id\` text(36) REFERENCES articles(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`debate_submissions_replies_to_idx\` ON \`debate_submissions\` (\`replies_to_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`type_statements\` ADD \`slutreplik\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kicker\` text,
  	\`lead\` text,
  	\`hero_image_id\` text(36),
  	\`hero_caption\` text,
  	\`body\` text,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`seo_image_id\` text(36),
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`type\` text DEFAULT 'nyhet',
  	\`comments_open\` integer,
  	\`category_id\` text(36),
  	\`published_at\` text,
  	\`created_by_id\` text(36),
  	\`review_status\` text DEFAULT 'writing',
  	\`assignee_id\` text(36),
  	\`deadline\` text,
  	\`published_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_articles\`("id", "title", "kicker", "lead", "hero_image_id", "hero_caption", "body", "seo_title", "seo_description", "seo_image_id", "generate_slug", "slug", "type", "comments_open", "category_id", "published_at", "created_by_id", "review_status", "assignee_id", "deadline", "published_slug", "updated_at", "created_at", "_status") SELECT "id", "title", "kicker", "lead", "hero_image_id", "hero_caption", "body", "seo_title", "seo_description", "seo_image_id", "generate_slug", "slug", "type", "comments_open", "category_id", "published_at", "created_by_id", "review_status", "assignee_id", "deadline", "published_slug", "updated_at", "created_at", "_status" FROM \`articles\`;`,
  )
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`articles_hero_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`articles_seo_seo_image_idx\` ON \`articles\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_category_idx\` ON \`articles\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(
    sql`CREATE INDEX \`articles_review_status_idx\` ON \`articles\` (\`review_status\`);`,
  )
  await db.run(sql`CREATE INDEX \`articles_assignee_idx\` ON \`articles\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_kicker\` text,
  	\`version_lead\` text,
  	\`version_hero_image_id\` text(36),
  	\`version_hero_caption\` text,
  	\`version_body\` text,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_seo_image_id\` text(36),
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_type\` text DEFAULT 'nyhet',
  	\`version_comments_open\` integer,
  	\`version_category_id\` text(36),
  	\`version_published_at\` text,
  	\`version_created_by_id\` text(36),
  	\`version_review_status\` text DEFAULT 'writing',
  	\`version_assignee_id\` text(36),
  	\`version_deadline\` text,
  	\`version_published_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_kicker", "version_lead", "version_hero_image_id", "version_hero_caption", "version_body", "version_seo_title", "version_seo_description", "version_seo_image_id", "version_generate_slug", "version_slug", "version_type", "version_comments_open", "version_category_id", "version_published_at", "version_created_by_id", "version_review_status", "version_assignee_id", "version_deadline", "version_published_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_kicker", "version_lead", "version_hero_image_id", "version_hero_caption", "version_body", "version_seo_title", "version_seo_description", "version_seo_image_id", "version_generate_slug", "version_slug", "version_type", "version_comments_open", "version_category_id", "version_published_at", "version_created_by_id", "version_review_status", "version_assignee_id", "version_deadline", "version_published_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_hero_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_seo_version_seo_image_idx\` ON \`_articles_v\` (\`version_seo_image_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_category_idx\` ON \`_articles_v\` (\`version_category_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_review_status_idx\` ON \`_articles_v\` (\`version_review_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_assignee_idx\` ON \`_articles_v\` (\`version_assignee_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_debate_submissions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`text\` text,
  	\`document_id\` text(36),
  	\`author_name\` text NOT NULL,
  	\`signature\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text NOT NULL,
  	\`consent_to_editing\` integer DEFAULT false NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`article_id\` text(36),
  	\`writer_message\` text,
  	\`decision_mailed\` text,
  	\`decision_mailed_at\` text,
  	\`decision_mail_token\` text,
  	\`assignee_id\` text(36),
  	\`reference\` text,
  	\`handled_at\` text,
  	\`idempotency_key\` text,
  	\`internal_notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`debate_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_debate_submissions\`("id", "title", "text", "document_id", "author_name", "signature", "email", "phone", "consent_to_editing", "status", "article_id", "writer_message", "decision_mailed", "decision_mailed_at", "decision_mail_token", "assignee_id", "reference", "handled_at", "idempotency_key", "internal_notes", "updated_at", "created_at") SELECT "id", "title", "text", "document_id", "author_name", "signature", "email", "phone", "consent_to_editing", "status", "article_id", "writer_message", "decision_mailed", "decision_mailed_at", "decision_mail_token", "assignee_id", "reference", "handled_at", "idempotency_key", "internal_notes", "updated_at", "created_at" FROM \`debate_submissions\`;`,
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
  await db.run(
    sql`CREATE INDEX \`debate_submissions_updated_at_idx\` ON \`debate_submissions\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`debate_submissions_created_at_idx\` ON \`debate_submissions\` (\`created_at\`);`,
  )
  await db.run(sql`ALTER TABLE \`type_statements\` DROP COLUMN \`slutreplik\`;`)
}
