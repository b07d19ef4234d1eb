import type { DatabaseAdapterObj, Payload } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter, type SQLiteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { env } from './env'
import { migrations } from './migrations'
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
    return mongooseAdapter({ url: env.DATABASE_URL, migrationDir: path.resolve(dirname, 'migrations-mongodb') })
  }
  // A fresh clone has no data/ folder yet; SQLite will not create it.
  // Owner-only: the database holds every signer's data.
  mkdirSync(path.dirname(env.sqliteFile!), { recursive: true, mode: 0o700 })
  const adapter = sqliteAdapter({
    client: { url: env.sqliteUrl! },
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
    wal: { synchronous: SYNCHRONOUS },
    busyTimeout: BUSY_TIMEOUT_MS,
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
// It waits for readers (up to the busy timeout) and throws if any still holds the old log.
// On MongoDB there is nothing to do from here: WiredTiger gives no way to overwrite freed blocks
// (they are reused as it writes), so a deployment keeps its data files on an encrypted volume.
export async function forgetDeletedData(payload: Payload): Promise<void> {
  if (env.databaseKind !== 'sqlite') return
  const { client } = payload.db as unknown as SQLiteAdapter
  const { rows } = await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  if (Number(rows[0]?.busy) !== 0) {
    throw new Error('The database is busy; the deleted rows are still in its write-ahead log.')
  }
}
