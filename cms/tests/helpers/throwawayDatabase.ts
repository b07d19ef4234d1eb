// Runs before each test file imports the config: a fresh database and media folder of its own.
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { throwawayDatabaseUrl } from '@vigil/tools/env'

const dir = mkdtempSync(path.join(os.tmpdir(), 'vigil-int-'))
process.env.DATABASE_URL = throwawayDatabaseUrl(dir)
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.JOBS_AUTORUN = 'false'
process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
process.env.WEBHOOK_SECRET ??= randomBytes(32).toString('hex')
// Mail goes to a port the test file may open a mailbox on (tools/src/mailbox.ts).
process.env.SMTP_URL = `smtp://127.0.0.1:${33000 + Math.floor(Math.random() * 8000)}`
// Rebuild notices go to a port the test file may listen on (nothing listens unless it does).
process.env.REBUILD_WEBHOOK_URL = `http://127.0.0.1:${41000 + Math.floor(Math.random() * 8000)}/hooks/rebuild`
