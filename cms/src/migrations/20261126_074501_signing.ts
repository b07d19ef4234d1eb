import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`address_hash\` text;`)
  await db.run(sql`CREATE INDEX \`signatures_email_key_idx\` ON \`signatures\` (\`email_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`signatures_email_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`signatures\` DROP COLUMN \`address_hash\`;`)
}
