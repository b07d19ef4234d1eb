import { type Payload, ValidationError } from 'payload'
import type { Signature } from '../payload-types'

export type NewSignature = Omit<Signature, 'id' | 'action'> & { action: number | string }

// Group commit: every signature that arrives while the event loop is busy goes to the database in
// one statement, so a spike costs one write per batch rather than one per signer. Repeats are
// skipped by the unique (action, emailKey) index inside that same statement.
const MAX_BATCH = 500

interface Pending {
  row: NewSignature
  done: () => void
  failed: (error: unknown) => void
}

interface DrizzleLike {
  drizzle: {
    insert: (table: unknown) => { values: (rows: unknown[]) => { onConflictDoNothing: () => PromiseLike<unknown> } }
  }
  tables: Record<string, unknown>
  tableNameMap: Map<string, string>
}

// The SQL adapters (SQLite here, Postgres elsewhere) expose Drizzle: one multi-row insert.
function drizzleOf(payload: Payload): DrizzleLike | undefined {
  const db = payload.db as unknown as Partial<DrizzleLike>
  return db.drizzle && db.tables && db.tableNameMap ? (db as DrizzleLike) : undefined
}

// Column names as Payload's Drizzle schema lays out the signatures table (groups flattened with _).
const toColumns = ({ source, ...row }: NewSignature) => ({
  ...row,
  source_utmSource: source?.utmSource,
  source_utmMedium: source?.utmMedium,
  source_utmCampaign: source?.utmCampaign,
  source_referrer: source?.referrer,
})

async function insertBatch(payload: Payload, rows: NewSignature[]): Promise<void> {
  const sql = drizzleOf(payload)
  if (sql) {
    const table = sql.tables[sql.tableNameMap.get('signatures')!]
    await sql.drizzle.insert(table).values(rows.map(toColumns)).onConflictDoNothing()
    return
  }
  // Any other adapter (MongoDB): one adapter call per row; a repeat fails the unique index.
  await Promise.all(
    rows.map((data) =>
      payload.db.create({ collection: 'signatures', data, returning: false }).catch((error: unknown) => {
        if (!(error instanceof ValidationError) && (error as { status?: number })?.status !== 400) throw error
      }),
    ),
  )
}

const queues = new WeakMap<Payload, Pending[]>()

async function flush(payload: Payload): Promise<void> {
  const queue = queues.get(payload)!
  while (queue.length) {
    const batch = queue.splice(0, MAX_BATCH)
    try {
      await insertBatch(
        payload,
        batch.map((pending) => pending.row),
      )
      for (const pending of batch) pending.done()
    } catch (error) {
      for (const pending of batch) pending.failed(error)
    }
  }
}

// Resolves once the signature is committed (or was already there).
export function storeSignature(payload: Payload, row: NewSignature): Promise<void> {
  let queue = queues.get(payload)
  if (!queue) queues.set(payload, (queue = []))
  return new Promise((done, failed) => {
    if (queue.push({ row, done, failed }) === 1) setImmediate(() => void flush(payload))
  })
}
