import { randomUUID } from 'node:crypto'
import path from 'node:path'

// A database no one else uses: a new SQLite file in `dir`, or, when TEST_DATABASE_URL points at a
// MongoDB server, a new database with a random name on that server. Never the configured database.
export function throwawayDatabaseUrl(dir: string): string {
  const server = process.env.TEST_DATABASE_URL
  if (server?.startsWith('mongodb')) {
    const url = new URL(server)
    url.pathname = `/vigil_test_${randomUUID().replaceAll('-', '')}`
    return url.toString()
  }
  return `file:${path.join(dir, `${randomUUID()}.db`)}`
}
