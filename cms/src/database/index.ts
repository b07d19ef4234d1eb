import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import type { CollectionSlug, DatabaseAdapterObj, Payload, Where } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { type Client, createClient } from '@libsql/client'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { env } from '../env'
import { migrations } from '../migrations'
import { indexLocalesByParent } from './indexLocalesByParent'
import { onEveryConnection } from './sqliteConnections'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// The Next.js app and the server's fast signing path each hold a connection; a writer waits for the
// other instead of failing.
const BUSY_TIMEOUT_MS = 5_000
// WAL keeps readers going while the signature path writes. NORMAL syncs at checkpoints rather than
// at every commit: a committed signature survives the CMS crashing; only a power cut or OS crash can
// lose the last moment of writes (SQLite's recommended pairing for WAL).
const SYNCHRONOUS = 'NORMAL'

// The only place that knows which database runs; code above the adapter never branches on it.
export function databaseAdapter(): DatabaseAdapterObj {
  if (env.databaseKind === 'mongodb') {
    return mongooseAdapter({ url: env.DATABASE_URL, migrationDir: path.resolve(dirname, '../migrations-mongodb') })
  }
  // A fresh clone has no data/ folder yet; SQLite will not create it.
  // Owner-only: the database holds every signer's data.
  mkdirSync(path.dirname(env.sqliteFile!), { recursive: true, mode: 0o700 })
  const adapter = sqliteAdapter({
    client: { url: env.sqliteUrl! },
    migrationDir: path.resolve(dirname, '../migrations'),
    prodMigrations: migrations,
    wal: { synchronous: SYNCHRONOUS },
    busyTimeout: BUSY_TIMEOUT_MS,
    afterSchemaInit: [indexLocalesByParent],
  })
  return onEveryConnection(adapter, [
    // A deleted row (an erased signer) is overwritten with zeros, in its page and in free pages,
    // instead of lingering in the file until SQLite happens to reuse the space.
    'PRAGMA secure_delete = ON',
    // The stock adapter sets these on its first connection only.
    `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`,
    `PRAGMA synchronous = ${SYNCHRONOUS}`,
  ])
}

// After personal data is deleted, makes sure no copy of it survives in the database's files. SQLite
// (with secure_delete) writes the zeroed pages to the write-ahead log, whose older frames still hold
// the rows: a TRUNCATE checkpoint copies the zeroed pages into the database file and empties the log.
// It must wait for readers that hold the old log, and throws if one still does after the busy
// timeout. The waiting is done here, asking again every CHECKPOINT_RETRY_MS on a connection of its
// own that never waits inside SQLite: SQLite answers on this thread, so a wait in there would hold
// the event loop, and every signer, for as long as the reader reads.
// On MongoDB there is nothing to do from here: WiredTiger gives no way to overwrite freed blocks
// (they are reused as it writes), so a deployment keeps its data files on an encrypted volume.
const CHECKPOINT_RETRY_MS = 100
let checkpointer: Client | undefined

async function checkpointConnection(): Promise<Client> {
  if (!checkpointer) {
    checkpointer = createClient({ url: env.sqliteUrl! })
    await checkpointer.execute('PRAGMA busy_timeout = 0')
  }
  return checkpointer
}

export async function forgetDeletedData(): Promise<void> {
  if (env.databaseKind !== 'sqlite') return
  const connection = await checkpointConnection()
  const deadline = Date.now() + BUSY_TIMEOUT_MS
  for (;;) {
    const { rows } = await connection.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    if (Number(rows[0]?.busy) === 0) return
    if (Date.now() >= deadline) {
      throw new Error('The database is busy; the deleted rows are still in its write-ahead log.')
    }
    await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_RETRY_MS))
  }
}

// SQLite answers on this thread, so one COUNT over a million signatures holds the event loop for
// tens of milliseconds, and signing waits behind it. There, counting goes through id ranges of this
// size (an indexed range each, a few milliseconds), giving the loop back between them. A server
// database counts on its own machine, in one query.
const COUNT_SLICE = 25_000

export async function countInSlices(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  sliceSize = COUNT_SLICE,
): Promise<number> {
  if (env.databaseKind !== 'sqlite') return (await payload.db.count({ collection, where })).totalDocs
  const { docs } = await payload.db.find<{ id: number }>({
    collection,
    where,
    sort: '-id',
    limit: 1,
    pagination: false,
    select: { id: true },
  })
  const highest = docs[0]?.id ?? 0
  let total = 0
  for (let below = 0; below < highest; below += sliceSize) {
    const slice: Where = {
      and: [where, { id: { greater_than: below } }, { id: { less_than_equal: below + sliceSize } }],
    }
    total += (await payload.db.count({ collection, where: slice })).totalDocs
    await yieldToEventLoop()
  }
  return total
}
