import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { eraseSignerEndpoint } from '../../src/petitions/endpoints/eraseSigner'
import { env } from '../../src/env'
import { SIGN_OUTCOME, signPetition } from '../../src/petitions/signPetition'
import { createPublishedAction } from '../helpers/fixtures'
import { type Actor, createActors, getTestPayload } from '../helpers/payload'

let payload: Payload
let campaigner: Actor

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ campaigner } = await createActors(payload))
})

// POST /api/signatures/erase as a campaigner, through the endpoint's own handler.
async function erase(email: string) {
  const req = await createLocalReq({ user: campaigner.user! }, payload)
  req.json = () => Promise.resolve({ email })
  const response = await eraseSignerEndpoint.handler(req)
  return { status: response.status, body: (await response.json()) as { erased?: number } }
}

// Every file SQLite keeps for the database (the file itself, its WAL and shared memory, a rollback
// journal if one is ever left), read as bytes: what a stolen disk or a backup would hold.
function databaseBytes(): Buffer {
  const file = env.sqliteFile!
  const files = readdirSync(path.dirname(file))
    .filter((name) => name.startsWith(path.basename(file)))
    .map((name) => path.join(path.dirname(file), name))
  expect(files).toContain(file)
  return Buffer.concat(files.filter(existsSync).map((name) => readFileSync(name)))
}

const sqlite = () =>
  payload.db as unknown as { drizzle: unknown; execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown> }

type Reader = { execute: (sql: string) => Promise<unknown>; rollback: () => Promise<void> }

const holds = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8'))

// Only SQLite has files to read; on MongoDB the same erasure runs in the other suites.
describe.runIf(env.databaseKind === 'sqlite')('erasing a signer leaves nothing of them in the database files', () => {
  describe.each([
    ['while their signatures are still in the write-ahead log', false],
    ['after their signatures were checkpointed into the database file', true],
  ])('%s', (_when, checkpointFirst) => {
    it('finds neither the address as typed, its normalised form, nor the name', async () => {
      const tag = `${Date.now().toString(36)}${checkpointFirst ? 'c' : 'w'}`
      const typed = `Zelda.Quorrin${tag}+vigil@Example.org`
      const key = `zelda.quorrin${tag}@example.org`
      const name = `Quorrinath Zelvane ${tag}`
      const actions = await Promise.all([1, 2, 3, 4].map((n) => createPublishedAction(payload, `erasure-${tag}-${n}`)))
      for (const action of actions.slice(0, 3)) {
        const result = await signPetition(payload, {
          slug: action.slug,
          input: { name, email: typed, country: 'CA' },
          addressHash: 'test-address',
        })
        expect(result.outcome).toBe(SIGN_OUTCOME.signed)
      }
      // Someone else signs the same actions: their rows share pages with the erased signer's.
      for (const action of actions) {
        await signPetition(payload, {
          slug: action.slug,
          input: { name: 'Kept Signer', email: `kept.${tag}@example.org`, country: 'FR' },
          addressHash: 'test-address',
        })
      }
      // A signature collected on paper, typed in by a campaigner through the collection API.
      await payload.create({
        collection: 'signatures',
        // The key is set from the email by the collection's hook, as the admin form leaves it out.
        data: { action: actions[3]!.id, name, email: key.replace('@', '+paper@'), emailKey: '', country: 'CA' },
        overrideAccess: false,
        user: campaigner.user!,
      })
      // SQLite moves the write-ahead log into the database file at checkpoints: test both places.
      if (checkpointFirst) await sqlite().execute({ drizzle: sqlite().drizzle, raw: 'PRAGMA wal_checkpoint(TRUNCATE)' })

      const before = databaseBytes()
      for (const text of [typed, key, name]) expect(holds(before, text), `before erasure: ${text}`).toBe(true)

      expect(await erase(typed.toUpperCase())).toEqual({ status: 200, body: { erased: 4 } })

      const after = databaseBytes()
      for (const text of [typed, typed.toLowerCase(), key, name, `Quorrin${tag}`, `quorrin${tag}`]) {
        expect(holds(after, text), `after erasure: ${text}`).toBe(false)
      }
      // Other signers' signatures are still there.
      expect(holds(after, `kept.${tag}@example.org`)).toBe(true)
    })
  })
})

describe.runIf(env.databaseKind === 'sqlite')('erasing while a reader holds the old log', () => {
  it('says the copy is not yet overwritten, and erasing again finishes the job', async () => {
    const tag = `${Date.now().toString(36)}r`
    const email = `held.reader${tag}@example.org`
    const action = await createPublishedAction(payload, `erasure-${tag}`)
    await signPetition(payload, {
      slug: action.slug,
      input: { name: 'Held Reader', email, country: 'CA' },
      addressHash: 'test-address',
    })
    // A long read (a big export, a backup) keeps its view of the log until it ends.
    const client = (payload.db as unknown as { client: { transaction: (mode: 'read') => Promise<Reader> } }).client
    const reader = await client.transaction('read')
    await reader.execute('SELECT count(*) FROM signatures')

    const busy = await erase(email)
    expect(busy.status).toBe(503)
    expect(busy.body).toMatchObject({ message: expect.stringMatching(/erased.*again/i) })
    expect(holds(databaseBytes(), email)).toBe(true)

    await reader.rollback()
    expect(await erase(email)).toEqual({ status: 200, body: { erased: 0 } })
    expect(holds(databaseBytes(), email)).toBe(false)
  })
})

describe.runIf(env.databaseKind === 'sqlite')('every SQLite connection', () => {
  it('overwrites deleted rows, also on the connection opened after a transaction took the first', async () => {
    const db = payload.db as unknown as {
      client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
      drizzle: { transaction: (run: (tx: unknown) => Promise<void>) => Promise<void> }
    }
    const secureDelete = async () => Number((await db.client.execute('PRAGMA secure_delete')).rows[0]?.secure_delete)
    expect(await secureDelete()).toBe(1)
    await db.drizzle.transaction(async () => {})
    expect(await secureDelete()).toBe(1)
  })
})
