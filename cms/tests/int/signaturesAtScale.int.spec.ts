import { parse } from 'csv-parse/sync'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { countInSlices } from '../../src/database/index'
import { exportSignaturesEndpoint } from '../../src/petitions/endpoints/exportSignatures'
import { EXPORT_CHUNK } from '../../src/petitions/signatureExport'
import * as signatureRows from '../../src/database/signatureRows'
import { insertSignatures } from '../../src/petitions/signatureWriter'
import { createPublishedAction } from '../helpers/fixtures'
import { createActors, getTestPayload } from '../helpers/payload'
import type { User } from '../../src/payload-types'

// A viral action, read the way that keeps signing first: its export in chunks that follow the id (every
// signature once, in the order stored), its count in id slices.
let payload: Payload
let campaigner: User & { collection: 'users' }

beforeAll(async () => {
  payload = await getTestPayload()
  campaigner = (await createActors(payload)).campaigner.user!
})
afterEach(() => vi.restoreAllMocks())
afterAll(async () => {
  await payload.destroy()
})

async function exportOf(actionId: number, columns: 'delivery' | 'full') {
  const query = new URLSearchParams({ action: String(actionId), columns })
  const req = await createLocalReq({ user: campaigner, urlSuffix: `/api/signatures/export?${query}` }, payload)
  const response = await exportSignaturesEndpoint.handler(req)
  return parse(await response.text(), { columns: true, bom: true }) as Record<string, string>[]
}

const signers = (action: number, prefix: string, count: number) =>
  Array.from({ length: count }, (_, n) => {
    const email = `${prefix}.${n}@example.org`
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString()
    return {
      action,
      name: `${prefix} ${n}`,
      email,
      emailKey: email,
      country: 'CA',
      consentToUpdates: n % 2 === 0,
      source: { utmSource: n % 3 === 0 ? 'newsletter' : undefined },
      createdAt: at,
      updatedAt: at,
    }
  })

describe('an export larger than one read', () => {
  it('has every signature of the action once, in the order stored, read a chunk at a time', async () => {
    const viral = await createPublishedAction(payload, 'export-viral')
    const other = await createPublishedAction(payload, 'export-other')
    const total = EXPORT_CHUNK * 2 + 37
    // Two actions signed in turns, so the viral action's ids have gaps between its chunks.
    const mine = signers(viral.id, 'Viral Signer', total)
    const theirs = signers(other.id, 'Other Signer', total)
    for (let first = 0; first < total; first += 100) {
      await insertSignatures(payload, mine.slice(first, first + 100))
      await insertSignatures(payload, theirs.slice(first, first + 100))
    }
    const reads = vi.spyOn(signatureRows, 'readRowsBetween')
    reads.mockClear()

    const full = await exportOf(viral.id, 'full')
    expect(full.map((row) => row.Name)).toEqual(mine.map((signer) => signer.name))
    expect(full[0]).toMatchObject({ Email: 'Viral Signer.0@example.org', 'Consents to updates': 'yes' })
    expect(full[3]).toMatchObject({ 'Consents to updates': 'no', 'UTM source': 'newsletter' })
    // Three reads of a chunk each, none of more rows than a chunk.
    expect(reads.mock.calls.map(([, query]) => query.limit)).toEqual([EXPORT_CHUNK, EXPORT_CHUNK, EXPORT_CHUNK])

    const delivery = await exportOf(viral.id, 'delivery')
    expect(delivery).toHaveLength(total)
    expect(Object.keys(delivery[0]!)).toEqual(['Name', 'Country', 'Postal code', 'Signed at (UTC)'])
  })

  it('is of the signatures stored when it began, however fast more arrive while it runs', async () => {
    const action = await createPublishedAction(payload, 'export-while-signing')
    const before = signers(action.id, 'Early Signer', EXPORT_CHUNK + 10)
    await insertSignatures(payload, before)
    const read = signatureRows.readRowsBetween
    // Before each read, more signatures arrive than the read takes.
    let late = 0
    vi.spyOn(signatureRows, 'readRowsBetween').mockImplementation(async (...args) => {
      await insertSignatures(payload, signers(action.id, `Late Signer ${late++}`, EXPORT_CHUNK * 2))
      return read(...args)
    })
    const full = await exportOf(action.id, 'full')
    expect(full.map((row) => row.Name)).toEqual(before.map((signer) => signer.name))
    expect(late).toBe(2)
  })
})

describe('counting an action’s signatures', () => {
  it('gives the same total in slices as in one count, whatever else is stored between them', async () => {
    const counted = await createPublishedAction(payload, 'count-slices')
    const other = await createPublishedAction(payload, 'count-slices-other')
    for (let round = 0; round < 7; round++) {
      await insertSignatures(payload, signers(counted.id, `Counted ${round}`, 53))
      await insertSignatures(payload, signers(other.id, `Other ${round}`, 71))
    }
    const where = { action: { equals: counted.id } }
    const whole = (await payload.db.count({ collection: 'signatures', where })).totalDocs
    expect(whole).toBe(7 * 53)
    for (const sliceSize of [1, 50, 100, 10_000]) {
      expect(await countInSlices(payload, 'signatures', where, sliceSize)).toBe(whole)
    }
  })
})
