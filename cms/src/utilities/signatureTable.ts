import { and, asc, eq, gt, lte } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import type { Signature } from '../payload-types'

// The signatures table as the SQL adapters (SQLite here, Postgres elsewhere) lay it out, for the
// two paths that must go below the collection API to keep up with a viral petition: the group-commit
// writer and the streaming export. `undefined` on any other adapter (MongoDB), where callers use
// the adapter's own calls. Column names follow Payload's Drizzle schema (groups flattened with _).

export type NewSignature = Omit<Signature, 'id' | 'action'> & { action: number | string }
export type SignatureField = Exclude<keyof Signature, 'id'>

// Drizzle's query builder, as far as these two paths use it.
interface Table {
  [column: string]: unknown
}
interface Drizzle {
  insert: (table: Table) => { values: (rows: unknown[]) => { onConflictDoNothing: () => PromiseLike<unknown> } }
  select: (fields?: Record<string, unknown>) => {
    from: (table: Table) => {
      where: (condition: unknown) => {
        orderBy: (order: unknown) => { limit: (n: number) => PromiseLike<Record<string, unknown>[]> }
      }
    }
  }
}
interface SqlAdapter {
  drizzle: Drizzle
  tables: Record<string, Table>
  tableNameMap: Map<string, string>
}

function sqlTable(payload: Payload): { drizzle: Drizzle; table: Table } | undefined {
  const db = payload.db as unknown as Partial<SqlAdapter>
  if (!db.drizzle || !db.tables || !db.tableNameMap) return undefined
  return { drizzle: db.drizzle, table: db.tables[db.tableNameMap.get('signatures')!]! }
}

const toColumns = ({ source, ...row }: NewSignature) => ({
  ...row,
  source_utmSource: source?.utmSource,
  source_utmMedium: source?.utmMedium,
  source_utmCampaign: source?.utmCampaign,
  source_referrer: source?.referrer,
})

const fromColumns = (row: Record<string, unknown>): Signature => {
  const { source_utmSource, source_utmMedium, source_utmCampaign, source_referrer, ...rest } = row
  const source =
    source_utmSource === undefined
      ? undefined
      : {
          utmSource: source_utmSource,
          utmMedium: source_utmMedium,
          utmCampaign: source_utmCampaign,
          referrer: source_referrer,
        }
  // SQLite keeps checkboxes as 0/1 (Postgres as booleans): the collection's shape has booleans.
  const flag = (value: unknown) => (value === null || value === undefined ? value : Boolean(value))
  return {
    ...rest,
    consentToUpdates: flag(rest.consentToUpdates),
    namesGoToTargets: flag(rest.namesGoToTargets),
    source,
  } as Signature
}

/** One multi-row insert, repeats skipped by the unique (action, emailKey) index; false if not SQL. */
export async function insertRows(payload: Payload, rows: NewSignature[]): Promise<boolean> {
  const sql = sqlTable(payload)
  if (!sql) return false
  await sql.drizzle.insert(sql.table).values(rows.map(toColumns)).onConflictDoNothing()
  return true
}

export interface RowRange {
  action: number | string
  /** Ids above this one (all from the first when undefined)… */
  after?: number | string
  /** …up to and including this one. */
  upTo: number | string
  limit: number
  fields: readonly SignatureField[]
}

/**
 * An action's signatures in an id range, in id order, `limit` at most: one indexed range read
 * whose cost is the same at the millionth row as at the first. Undefined if not SQL.
 */
export async function readRowsBetween(
  payload: Payload,
  { action, after, upTo, limit, fields }: RowRange,
): Promise<Signature[] | undefined> {
  const sql = sqlTable(payload)
  if (!sql) return undefined
  const { table } = sql
  const inRange = and(
    eq(table.action as never, action),
    lte(table.id as never, upTo),
    after === undefined ? undefined : gt(table.id as never, after),
  )
  // Only the columns asked for (a group stands for its columns), and always the id, for the next read.
  const columns = ['id', ...fields].flatMap((field) =>
    field === 'source' ? ['source_utmSource', 'source_utmMedium', 'source_utmCampaign', 'source_referrer'] : [field],
  )
  const rows = await sql.drizzle
    .select(Object.fromEntries(columns.map((column) => [column, table[column]])))
    .from(table)
    .where(inRange)
    .orderBy(asc(table.id as never))
    .limit(limit)
  return rows.map(fromColumns)
}
