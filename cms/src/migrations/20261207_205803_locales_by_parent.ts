import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// An index led by _parent_id on every table of localized fields (database/indexLocalesByParent.ts):
// reading a document's languages was a scan of the whole table.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`posts_locales_parent_idx\` ON \`posts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_posts_v_locales_parent_idx\` ON \`_posts_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`actions_locales_parent_idx\` ON \`actions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_actions_v_locales_parent_idx\` ON \`_actions_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_locales_parent_idx\` ON \`authors_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`topics_locales_parent_idx\` ON \`topics_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site_locales_parent_idx\` ON \`site_locales\` (\`_parent_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`posts_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_posts_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`actions_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_actions_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`authors_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`topics_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`site_locales_parent_idx\`;`)
}
