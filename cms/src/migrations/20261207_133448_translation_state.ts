import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// Each post's and action's record of when each language was last saved and published
// (fields/translations.ts). Documents already there get one from what they hold: every language
// with a title, saved when the document last was, and published then if it is published in it.
// Their versions get the document's record, so the admin's view of a pending draft starts from
// what is published, as a save would have left it.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posts\` ADD \`translations\` text;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` ADD \`version_translations\` text;`)
  await db.run(sql`ALTER TABLE \`actions\` ADD \`translations\` text;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` ADD \`version_translations\` text;`)
  for (const table of ['posts', 'actions']) {
    await db.run(
      sql.raw(`UPDATE \`${table}\` SET \`translations\` = (
        SELECT json_group_object(l.\`_locale\`, json_object('saved', \`${table}\`.\`updated_at\`,
          'published', CASE WHEN l.\`_status\` = 'published' THEN \`${table}\`.\`updated_at\` END))
        FROM \`${table}_locales\` l WHERE l.\`_parent_id\` = \`${table}\`.\`id\` AND l.\`title\` IS NOT NULL)`),
    )
    await db.run(
      sql.raw(`UPDATE \`_${table}_v\` SET \`version_translations\` =
        (SELECT \`translations\` FROM \`${table}\` WHERE \`${table}\`.\`id\` = \`_${table}_v\`.\`parent_id\`)`),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`translations\`;`)
  await db.run(sql`ALTER TABLE \`_posts_v\` DROP COLUMN \`version_translations\`;`)
  await db.run(sql`ALTER TABLE \`actions\` DROP COLUMN \`translations\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`version_translations\`;`)
}
