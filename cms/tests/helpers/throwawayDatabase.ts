// Runs before each test file imports the config: a fresh database and media folder of its own.
// SQLite by default; given DATABASE_URL=mongodb://…, a fresh MongoDB database on that server instead.
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dir = mkdtempSync(path.join(os.tmpdir(), 'vigil-int-'))
const given = process.env.DATABASE_URL

function throwawayMongoUrl(url: string) {
  const parsed = new URL(url)
  parsed.pathname = `/vigil_test_${randomUUID().replaceAll('-', '')}`
  return parsed.toString()
}

process.env.DATABASE_URL = given?.startsWith('mongodb')
  ? throwawayMongoUrl(given)
  : `file:${path.join(dir, `${randomUUID()}.db`)}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.JOBS_AUTORUN = 'false'
process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
process.env.WEBHOOK_SECRET ??= randomBytes(32).toString('hex')
