import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ensureEnvFile } from '@vigil/tools/env'
import { dataDir, envFile, root } from '@vigil/tools/paths'
import { ensureOwnerOnlyDir } from '@vigil/tools/privateFiles'

// `.env` (the secrets) and `data/` (every signer) are readable by their owner only, whatever the
// umask: created so, and tightened with a word when found otherwise.
const modeOf = (target: string) => statSync(target).mode & 0o777
let dir = ''
let umask = 0
const SECRETS = ['PAYLOAD_SECRET', 'WEBHOOK_SECRET', 'MONGO_ROOT_PASSWORD']

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'vigil-private-'))
  // The loosest umask there is: anything owner-only is so on purpose.
  umask = process.umask(0)
  // As on a fresh machine, whatever this shell exports.
  for (const name of SECRETS) vi.stubEnv(name, undefined)
})
afterEach(() => {
  process.umask(umask)
  vi.unstubAllEnvs()
  vi.restoreAllMocks()
  rmSync(dir, { recursive: true, force: true })
})

describe('.env', () => {
  it('is created owner-only, with generated secrets', () => {
    const file = path.join(dir, '.env')
    const values = ensureEnvFile(file)
    expect(modeOf(file)).toBe(0o600)
    for (const name of SECRETS) expect(values[name]).toMatch(/^[0-9a-f]{64}$/)
  })

  it('is made owner-only when it was readable by others, saying so', () => {
    const file = path.join(dir, '.env')
    writeFileSync(file, 'PAYLOAD_SECRET=x\n', { mode: 0o644 })
    const said = vi.spyOn(console, 'log').mockImplementation(() => {})
    ensureEnvFile(file)
    expect(modeOf(file)).toBe(0o600)
    expect(said.mock.calls.flat().join('\n')).toMatch(/could be read by other users \(mode 644\).*\(600\)/)
  })
})

describe('data/', () => {
  it('is created owner-only', () => {
    const data = path.join(dir, 'data')
    ensureOwnerOnlyDir(data)
    expect(modeOf(data)).toBe(0o700)
  })

  it('is made owner-only when it was open to others, saying so, and left alone when it is not', () => {
    const data = path.join(dir, 'data')
    mkdirSync(data, { mode: 0o755 })
    const said = vi.spyOn(console, 'log').mockImplementation(() => {})
    ensureOwnerOnlyDir(data)
    expect(modeOf(data)).toBe(0o700)
    expect(said).toHaveBeenCalledOnce()
    expect(said.mock.calls[0]![0]).toMatch(/could be read by other users \(mode 755\).*\(700\)/)
    ensureOwnerOnlyDir(data)
    expect(said).toHaveBeenCalledOnce()
  })
})

describe('npm start', () => {
  it('makes .env and data/ owner-only before anything else, even when it stops at once', () => {
    // As a fresh clone had them before: data/ and .env readable by everyone on the machine.
    mkdirSync(dataDir, { recursive: true })
    chmodSync(dataDir, 0o755)
    if (existsSync(envFile)) chmodSync(envFile, 0o644)
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'start.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'postgres://localhost/vigil' },
      timeout: 60_000,
    })
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/data could be read by other users \(mode 755\)/)
    expect(modeOf(dataDir)).toBe(0o700)
    expect(modeOf(envFile)).toBe(0o600)
  })
})
