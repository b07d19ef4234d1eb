import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { nameSearchKey } from '../petitions/signerSearch'

// Signatures stored before the admin's search used its index get their search key, a thousand at a
// time in id order (one UPDATE … FROM VALUES per chunk).
const CHUNK = 1000

async function fillNameKeys(db: MigrateUpArgs['db']): Promise<void> {
  for (let after = 0; ;) {
    const rows = await db.all<{ id: number; name: string }>(
      sql`SELECT \`id\`, \`name\` FROM \`signatures\` WHERE \`id\` > ${after} ORDER BY \`id\` LIMIT ${CHUNK};`,
    )
    if (!rows.length) return
    const values = sql.join(
      rows.map((row) => sql`(${row.id}, ${nameSearchKey(row.name)})`),
      sql`, `,
    )
    await db.run(
      sql`UPDATE \`signatures\` SET \`name_key\` = v.column2 FROM (VALUES ${values}) AS v WHERE \`signatures\`.\`id\` = v.column1;`,
    )
    after = rows.at(-1)!.id
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`name_key\` text;`)
  await db.run(sql`CREATE INDEX \`signatures_name_key_idx\` ON \`signatures\` (\`name_key\`);`)
  await db.run(sql`CREATE INDEX \`action_createdAt_idx\` ON \`signatures\` (\`action_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`country_createdAt_idx\` ON \`signatures\` (\`country\`,\`created_at\`);`)
  await db.run(
    sql`CREATE INDEX \`consentToUpdates_createdAt_idx\` ON \`signatures\` (\`consent_to_updates\`,\`created_at\`);`,
  )
  await fillNameKeys(db)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`signatures_name_key_idx\`;`)
  await db.run(sql`DROP INDEX \`action_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`country_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`consentToUpdates_createdAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`signatures\` DROP COLUMN \`name_key\`;`)
}
