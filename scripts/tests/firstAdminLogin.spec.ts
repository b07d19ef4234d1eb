import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { dataDir, root } from '@vigil/tools/paths'

// The first admin's generated password: shown once on the terminal, written to no file but the
// database, which holds only its salted hash.
const dir = mkdtempSync(path.join(os.tmpdir(), 'vigil-first-admin-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function filesUnder(top: string, since: number): string[] {
  return readdirSync(top, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => statSync(file).mtimeMs >= since)
}

describe('npm run seed on a new database', () => {
  it('shows the generated admin password exactly once, and no file holds it', () => {
    const started = Date.now()
    const secret = () => randomBytes(32).toString('hex')
    // stdout and stderr in one stream, in order, as a terminal (or a log of it) would get them.
    const result = spawnSync('sh', ['-c', `"${process.execPath}" scripts/seed.ts 2>&1`], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        DATABASE_URL: `file:${path.join(dir, 'vigil.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        PAYLOAD_SECRET: secret(),
        WEBHOOK_SECRET: secret(),
        MONGO_ROOT_PASSWORD: secret(),
        // Empty means unset: the password is generated.
        ADMIN_EMAIL: '',
        ADMIN_PASSWORD: '',
        JOBS_AUTORUN: 'false',
      },
      timeout: 240_000,
    })
    expect(result.status, result.stdout).toBe(0)
    const password = /login[^:]*:\s+\S+ \/ (\S+)/i.exec(result.stdout)?.[1] ?? ''
    expect(password.length).toBeGreaterThanOrEqual(12)
    expect(result.stdout.split(password).length - 1).toBe(1)
    // Seeding's own line is handed over, not echoed: `npm start`, which seeds the same way, shows
    // the login once at the end too.
    expect(result.stdout).not.toContain('ADMIN LOGIN')
    const written = [...filesUnder(dir, started), ...filesUnder(dataDir, started)]
    expect(written.length).toBeGreaterThan(0)
    for (const file of written) expect(readFileSync(file).includes(password), file).toBe(false)
  }, 300_000)
})
