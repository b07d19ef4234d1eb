import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { DEFAULT_LOCALE } from '@vigil/shared'
import { copyFromLocale, copyIntoLocale } from '../database/localeMigration'

// Content becomes localized (English, French, Arabic; each language of a post or action published
// on its own). Every value a visitor reads moves from its table into the table's `_locales` table as
// the English row, versions included; the indexes move with the columns.

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // The new locale tables reuse these index names; SQLite's index names are per database.
  await db.run(sql`DROP INDEX IF EXISTS \`posts_slug_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`posts__status_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_posts_v_version_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_posts_v_version_version__status_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`actions_slug_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`actions__status_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_actions_v_version_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_actions_v_version_version__status_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`topics_slug_idx\`;`)
  await db.run(sql`CREATE TABLE \`posts_locales\` (
  	\`title\` text,
  	\`hero_caption\` text,
  	\`excerpt\` text,
  	\`body\` text,
  	\`external_link_url\` text,
  	\`external_link_publication\` text,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`slug\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`posts_slug_idx\` ON \`posts_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`posts__status_idx\` ON \`posts_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`posts_locales_locale_parent_id_unique\` ON \`posts_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_posts_v_locales\` (
  	\`version_title\` text,
  	\`version_hero_caption\` text,
  	\`version_excerpt\` text,
  	\`version_body\` text,
  	\`version_external_link_url\` text,
  	\`version_external_link_publication\` text,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_slug\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_posts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version_slug_idx\` ON \`_posts_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_posts_v_version_version__status_idx\` ON \`_posts_v_locales\` (\`version__status\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_posts_v_locales_locale_parent_id_unique\` ON \`_posts_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`actions_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`ask\` text,
  	\`targets\` text,
  	\`share_text\` text,
  	\`thank_you_text\` text,
  	\`consent_text\` text,
  	\`consent_version\` numeric DEFAULT 1,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`slug\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`actions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`actions_slug_idx\` ON \`actions_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`actions__status_idx\` ON \`actions_locales\` (\`_status\`,\`_locale\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`actions_locales_locale_parent_id_unique\` ON \`actions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_actions_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_ask\` text,
  	\`version_targets\` text,
  	\`version_share_text\` text,
  	\`version_thank_you_text\` text,
  	\`version_consent_text\` text,
  	\`version_consent_version\` numeric DEFAULT 1,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_slug\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_actions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_actions_v_version_version_slug_idx\` ON \`_actions_v_locales\` (\`version_slug\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_actions_v_version_version__status_idx\` ON \`_actions_v_locales\` (\`version__status\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_actions_v_locales_locale_parent_id_unique\` ON \`_actions_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`authors_locales\` (
  	\`role_line\` text,
  	\`bio\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`authors_locales_locale_parent_id_unique\` ON \`authors_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`topics_locales\` (
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics_locales\` (\`slug\`,\`_locale\`);`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`credit\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`site_locales\` (
  	\`name\` text DEFAULT 'Vigil' NOT NULL,
  	\`tagline\` text,
  	\`footer\` text,
  	\`privacy_url\` text DEFAULT '/privacy' NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_locales_locale_parent_id_unique\` ON \`site_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  // What is there becomes English: one English row per document and per version.
  await copyIntoLocale(
    db,
    'posts',
    [
      'title',
      'hero_caption',
      'excerpt',
      'body',
      'external_link_url',
      'external_link_publication',
      'seo_title',
      'seo_description',
      'slug',
      '_status',
    ],
    DEFAULT_LOCALE,
  )
  await copyIntoLocale(
    db,
    '_posts_v',
    [
      'version_title',
      'version_hero_caption',
      'version_excerpt',
      'version_body',
      'version_external_link_url',
      'version_external_link_publication',
      'version_seo_title',
      'version_seo_description',
      'version_slug',
      'version__status',
    ],
    DEFAULT_LOCALE,
  )
  await copyIntoLocale(
    db,
    'actions',
    [
      'title',
      'summary',
      'ask',
      'targets',
      'share_text',
      'thank_you_text',
      'consent_text',
      'consent_version',
      'seo_title',
      'seo_description',
      'slug',
      '_status',
    ],
    DEFAULT_LOCALE,
  )
  await copyIntoLocale(
    db,
    '_actions_v',
    [
      'version_title',
      'version_summary',
      'version_ask',
      'version_targets',
      'version_share_text',
      'version_thank_you_text',
      'version_consent_text',
      'version_consent_version',
      'version_seo_title',
      'version_seo_description',
      'version_slug',
      'version__status',
    ],
    DEFAULT_LOCALE,
  )
  await copyIntoLocale(db, 'authors', ['role_line', 'bio'], DEFAULT_LOCALE)
  await copyIntoLocale(db, 'topics', ['name', 'slug', 'description'], DEFAULT_LOCALE)
  await copyIntoLocale(db, 'media', ['alt', 'caption', 'credit'], DEFAULT_LOCALE)
  await copyIntoLocale(db, 'site', ['name', 'tagline', 'footer', 'privacy_url'], DEFAULT_LOCALE)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`hero_caption\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`excerpt\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`body\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`external_link_url\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`external_link_publication\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`seo_title\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`seo_description\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`_status\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_posts_v_snapshot_idx\` ON \`_posts_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_published_locale_idx\` ON \`_posts_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_hero_caption\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_excerpt\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_body\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_external_link_url\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_external_link_publication\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_seo_title\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_seo_description\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version__status\`;`)
  await db.run(sql`ALTER TABLE \`actions\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`actions\` DROP COLUMN \`summary\`;`)
  await db.run(sql`ALTER TABLE \`actions\` DROP COLUMN \`ask\`;`)
  await db.run(sql`ALTER TABLE \`actions\` DROP COLUMN \`targets\`;`)
  await db.run(sql`ALTER TABLE \`actions\` DROP COLUMN \`share_text\`;`)
  await db.run(sql`ALTER TABLE \`actions\` DROP COLUMN \`thank_you_text\`;`)
  await db.run(sql`ALTER TABLE \`actions\` DROP COLUMN \`consent_text\`;`)
  await db.run(sql`ALTER TABLE \`actions\` DROP COLUMN \`consent_version\`;`)
  await db.run(sql`ALTER TABLE \`actions\` DROP COLUMN \`seo_title\`;`)
  await db.run(sql`ALTER TABLE \`actions\` DROP COLUMN \`seo_description\`;`)
  await db.run(sql`ALTER TABLE \`actions\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`actions\` DROP COLUMN \`_status\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` ADD \`snapshot\` integer;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` ADD \`published_locale\` text;`)
  await db.run(sql`CREATE INDEX \`_actions_v_snapshot_idx\` ON \`_actions_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_published_locale_idx\` ON \`_actions_v\` (\`published_locale\`);`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`version_title\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`version_summary\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`version_ask\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`version_targets\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`version_share_text\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`version_thank_you_text\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`version_consent_text\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`version_consent_version\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`version_seo_title\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`version_seo_description\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`version_slug\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`version__status\`;`)
  await db.run(sql`ALTER TABLE \`topics\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`topics\` DROP COLUMN \`slug\`;`)
  await db.run(sql`ALTER TABLE \`topics\` DROP COLUMN \`description\`;`)
  await db.run(sql`ALTER TABLE \`site_menu\` ADD \`_locale\` text DEFAULT 'en' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`site_menu_locale_idx\` ON \`site_menu\` (\`_locale\`);`)
  await db.run(sql`ALTER TABLE \`authors\` DROP COLUMN \`role_line\`;`)
  await db.run(sql`ALTER TABLE \`authors\` DROP COLUMN \`bio\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`alt\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`caption\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`credit\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`tagline\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`footer\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`privacy_url\`;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The locale tables' indexes carry the names the restored columns' indexes take back.
  await db.run(sql`DROP INDEX IF EXISTS \`posts_slug_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`posts__status_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_posts_v_version_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_posts_v_version_version__status_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`actions_slug_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`actions__status_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_actions_v_version_version_slug_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`_actions_v_version_version__status_idx\`;`)
  await db.run(sql`DROP INDEX IF EXISTS \`topics_slug_idx\`;`)
  await db.run(sql`DELETE FROM \`site_menu\` WHERE \`_locale\` <> ${DEFAULT_LOCALE};`)
  await db.run(sql`DROP INDEX \`_posts_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_posts_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_hero_caption\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_excerpt\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_body\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_external_link_url\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_external_link_publication\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`_actions_v_snapshot_idx\`;`)
  await db.run(sql`DROP INDEX \`_actions_v_published_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` ADD \`version_title\` text;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` ADD \`version_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` ADD \`version_ask\` text;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` ADD \`version_targets\` text;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` ADD \`version_share_text\` text;`)
  await db.run(
    sql`ALTER TABLE \`_actions_v\` ADD \`version_thank_you_text\` text DEFAULT 'Thank you for adding your name. Now multiply your impact: share this action.';`,
  )
  await db.run(
    sql`ALTER TABLE \`_actions_v\` ADD \`version_consent_text\` text DEFAULT 'Yes, send me occasional email updates about this campaign and other ways to help. I can unsubscribe at any time.';`,
  )
  await db.run(sql`ALTER TABLE \`_actions_v\` ADD \`version_consent_version\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` ADD \`version_seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` ADD \`version_seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` ADD \`version_slug\` text;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` ADD \`version__status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`snapshot\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`published_locale\`;`)
  await db.run(sql`DROP INDEX \`site_menu_locale_idx\`;`)
  await db.run(sql`ALTER TABLE \`site_menu\` DROP COLUMN \`_locale\`;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`hero_caption\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`excerpt\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`body\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`external_link_url\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`external_link_publication\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`actions\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`actions\` ADD \`summary\` text;`)
  await db.run(sql`ALTER TABLE \`actions\` ADD \`ask\` text;`)
  await db.run(sql`ALTER TABLE \`actions\` ADD \`targets\` text;`)
  await db.run(sql`ALTER TABLE \`actions\` ADD \`share_text\` text;`)
  await db.run(
    sql`ALTER TABLE \`actions\` ADD \`thank_you_text\` text DEFAULT 'Thank you for adding your name. Now multiply your impact: share this action.';`,
  )
  await db.run(
    sql`ALTER TABLE \`actions\` ADD \`consent_text\` text DEFAULT 'Yes, send me occasional email updates about this campaign and other ways to help. I can unsubscribe at any time.';`,
  )
  await db.run(sql`ALTER TABLE \`actions\` ADD \`consent_version\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`actions\` ADD \`seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`actions\` ADD \`seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`actions\` ADD \`slug\` text;`)
  await db.run(sql`ALTER TABLE \`actions\` ADD \`_status\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`authors\` ADD \`role_line\` text;`)
  await db.run(sql`ALTER TABLE \`authors\` ADD \`bio\` text;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`name\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`slug\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`topics\` ADD \`description\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`alt\` text DEFAULT '' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`caption\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`credit\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`name\` text DEFAULT 'Vigil' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`tagline\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`footer\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`privacy_url\` text DEFAULT '/privacy' NOT NULL;`)
  // Only English survives going back: the version before this one had no other language.
  await copyFromLocale(
    db,
    'posts',
    [
      'title',
      'hero_caption',
      'excerpt',
      'body',
      'external_link_url',
      'external_link_publication',
      'seo_title',
      'seo_description',
      'slug',
      '_status',
    ],
    DEFAULT_LOCALE,
  )
  await copyFromLocale(
    db,
    '_posts_v',
    [
      'version_title',
      'version_hero_caption',
      'version_excerpt',
      'version_body',
      'version_external_link_url',
      'version_external_link_publication',
      'version_seo_title',
      'version_seo_description',
      'version_slug',
      'version__status',
    ],
    DEFAULT_LOCALE,
  )
  await copyFromLocale(
    db,
    'actions',
    [
      'title',
      'summary',
      'ask',
      'targets',
      'share_text',
      'thank_you_text',
      'consent_text',
      'consent_version',
      'seo_title',
      'seo_description',
      'slug',
      '_status',
    ],
    DEFAULT_LOCALE,
  )
  await copyFromLocale(
    db,
    '_actions_v',
    [
      'version_title',
      'version_summary',
      'version_ask',
      'version_targets',
      'version_share_text',
      'version_thank_you_text',
      'version_consent_text',
      'version_consent_version',
      'version_seo_title',
      'version_seo_description',
      'version_slug',
      'version__status',
    ],
    DEFAULT_LOCALE,
  )
  await copyFromLocale(db, 'authors', ['role_line', 'bio'], DEFAULT_LOCALE)
  await copyFromLocale(db, 'topics', ['name', 'slug', 'description'], DEFAULT_LOCALE)
  await copyFromLocale(db, 'media', ['alt', 'caption', 'credit'], DEFAULT_LOCALE)
  await copyFromLocale(db, 'site', ['name', 'tagline', 'footer', 'privacy_url'], DEFAULT_LOCALE)
  // Indexed once the values are back (a unique index on empty slugs would refuse them).
  await db.run(sql`CREATE INDEX \`_posts_v_version_version_slug_idx\` ON \`_posts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_version_version__status_idx\` ON \`_posts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_version_version_slug_idx\` ON \`_actions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_version_version__status_idx\` ON \`_actions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`posts_slug_idx\` ON \`posts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`posts__status_idx\` ON \`posts\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`actions_slug_idx\` ON \`actions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`actions__status_idx\` ON \`actions\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`DROP TABLE \`posts_locales\`;`)
  await db.run(sql`DROP TABLE \`_posts_v_locales\`;`)
  await db.run(sql`DROP TABLE \`actions_locales\`;`)
  await db.run(sql`DROP TABLE \`_actions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`authors_locales\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`site_locales\`;`)
}
