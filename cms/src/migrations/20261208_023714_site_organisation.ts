import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// The organisation's sender identification on the site settings (fields/organisation.ts): empty
// until staff fill it in, and no consent-based mail goes out before they do.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site\` ADD \`organisation_legal_name\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`organisation_mailing_address\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`organisation_contact_email\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`organisation_contact_url\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`organisation_privacy_officer_name\` text;`)
  await db.run(sql`ALTER TABLE \`site\` ADD \`organisation_privacy_officer_email\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`organisation_legal_name\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`organisation_mailing_address\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`organisation_contact_email\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`organisation_contact_url\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`organisation_privacy_officer_name\`;`)
  await db.run(sql`ALTER TABLE \`site\` DROP COLUMN \`organisation_privacy_officer_email\`;`)
}
