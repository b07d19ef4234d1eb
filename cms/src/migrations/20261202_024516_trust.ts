import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { nextStateChange } from '@vigil/shared'

// The state of an action by the shared rule (shared/src/actionState.ts), in SQL, for rows saved
// before the state was stored. ISO times compare as text.
const stateOf = (prefix: string) => `CASE
  WHEN ${prefix}status IS NOT 'open' THEN 'closed'
  WHEN ${prefix}closes_at IS NOT NULL AND ${prefix}closes_at <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now') THEN 'closed'
  WHEN ${prefix}opens_at IS NOT NULL AND ${prefix}opens_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now') THEN 'upcoming'
  ELSE 'open' END`

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`actions\` ADD \`state\` text;`)
  await db.run(sql`CREATE INDEX \`actions_state_idx\` ON \`actions\` (\`state\`);`)
  await db.run(sql`ALTER TABLE \`_actions_v\` ADD \`version_state\` text;`)
  await db.run(sql`CREATE INDEX \`_actions_v_version_version_state_idx\` ON \`_actions_v\` (\`version_state\`);`)
  await db.run(sql`ALTER TABLE \`signatures\` ADD \`names_go_to_targets\` integer;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)

  // Signatures stored before the promise was recorded were made under the action's setting of
  // today (earlier versions never changed what the export did with it).
  await db.run(
    sql`UPDATE \`signatures\` SET \`names_go_to_targets\` = (SELECT \`names_go_to_targets\` FROM \`actions\` WHERE \`actions\`.\`id\` = \`signatures\`.\`action_id\`);`,
  )
  await db.run(sql.raw(`UPDATE \`actions\` SET \`state\` = ${stateOf('')};`))
  await db.run(sql.raw(`UPDATE \`_actions_v\` SET \`version_state\` = ${stateOf('version_')};`))
  // Actions still to open or close get the job that does it at that moment, as new saves do.
  const rows = await db.all<{ id: number; status: string; opens_at: string | null; closes_at: string | null }>(
    sql`SELECT \`id\`, \`status\`, \`opens_at\`, \`closes_at\` FROM \`actions\`;`,
  )
  for (const row of rows) {
    const at = nextStateChange({ status: row.status, opensAt: row.opens_at, closesAt: row.closes_at })
    if (at) await payload.jobs.queue({ task: 'settleActionState', input: { action: row.id }, queue: 'action-state', waitUntil: at, req })
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`actions_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`actions\` DROP COLUMN \`state\`;`)
  await db.run(sql`DROP INDEX \`_actions_v_version_version_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_actions_v\` DROP COLUMN \`version_state\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`signatures\` DROP COLUMN \`names_go_to_targets\`;`)
}
