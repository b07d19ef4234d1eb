import type { DatabaseAdapterObj } from 'payload'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { env } from './env'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// The only place that knows which database runs; code above the adapter never branches on it.
export function databaseAdapter(): DatabaseAdapterObj {
  if (env.databaseKind === 'mongodb') {
    return mongooseAdapter({ url: env.DATABASE_URL, migrationDir: path.resolve(dirname, 'migrations-mongodb') })
  }
  // A fresh clone has no data/ folder yet; SQLite will not create it.
  mkdirSync(path.dirname(env.sqliteFile!), { recursive: true })
  return sqliteAdapter({
    client: { url: env.sqliteUrl! },
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
    // WAL keeps readers going while the signature path writes. NORMAL syncs at checkpoints rather
    // than at every commit: a committed signature survives the CMS crashing; only a power cut or OS
    // crash can lose the last moment of writes (SQLite's recommended pairing for WAL).
    wal: { synchronous: 'NORMAL' },
    // The Next.js app and the server's fast signing path each hold a connection; a writer waits
    // for the other instead of failing.
    busyTimeout: 5_000,
  })
}
