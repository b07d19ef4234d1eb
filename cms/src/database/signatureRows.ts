import { and, asc, eq, gt, lte } from '@payloadcms/db-sqlite/drizzle'
import { type Payload, ValidationError } from 'payload'
import type { Signature } from '../payload-types'

// Signature rows below the collection API, for the two paths that must go there to keep up with a
// viral petition: the group-commit writer and the streaming export. On the SQL adapters (SQLite
// here, Postgres elsewhere) they use the table as Payload's Drizzle schema lays it out (groups
// flattened with _); on any other adapter (MongoDB) the adapter's own calls. Callers never know which.

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

/** Stores rows, repeats skipped by the unique (action, emailKey) index: one multi-row insert on SQL. */
export async function insertRows(payload: Payload, rows: NewSignature[]): Promise<void> {
  const sql = sqlTable(payload)
  if (sql) {
    await sql.drizzle.insert(sql.table).values(rows.map(toColumns)).onConflictDoNothing()
    return
  }
  // One adapter call per row; a repeat fails the unique index, and is skipped.
  await Promise.all(
    rows.map((data) =>
      payload.db.create({ collection: 'signatures', data, returning: false }).catch((error: unknown) => {
        if (!(error instanceof ValidationError) && (error as { status?: number })?.status !== 400) throw error
      }),
    ),
  )
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
 * whose cost is the same at the millionth row as at the first.
 */
export async function readRowsBetween(
  payload: Payload,
  { action, after, upTo, limit, fields }: RowRange,
): Promise<Signature[]> {
  const sql = sqlTable(payload)
  if (!sql) {
    const { docs } = await payload.db.find<Signature>({
      collection: 'signatures',
      where: {
        action: { equals: action },
        id: { less_than_equal: upTo, ...(after === undefined ? {} : { greater_than: after }) },
      },
      sort: 'id',
      limit,
      pagination: false,
    })
    return docs
  }
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
