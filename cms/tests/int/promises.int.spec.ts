import { parse } from 'csv-parse/sync'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSignaturesEndpoint } from '../../src/petitions/endpoints/exportSignatures'
import { NAME_WITHHELD } from '../../src/petitions/signatureExport'
import { forgetPublishedActions } from '../../src/petitions/publishedActions'
import { signPetition } from '../../src/petitions/signPetition'
import { createPublishedAction } from '../helpers/fixtures'
import { createActors, getTestPayload } from '../helpers/payload'
import type { User } from '../../src/payload-types'

// What a signer was told when they signed is what happens to their signature, whatever the
// action's settings say later.
let payload: Payload
let campaigner: User & { collection: 'users' }

beforeAll(async () => {
  payload = await getTestPayload()
  campaigner = (await createActors(payload)).campaigner.user!
})

afterAll(async () => {
  await payload.destroy()
})

const sign = async (slug: string, name: string, email: string) => {
  await signPetition(payload, { slug, input: { name, email, country: 'CA' }, addressHash: 'test' })
}

async function exportOf(actionId: number, columns: 'delivery' | 'full'): Promise<Record<string, string>[]> {
  const query = new URLSearchParams({ action: String(actionId), columns })
  const req = await createLocalReq({ user: campaigner, urlSuffix: `/api/signatures/export?${query}` }, payload)
  const response = await exportSignaturesEndpoint.handler(req)
  return parse(await response.text(), { columns: true, bom: true }) as Record<string, string>[]
}

describe('the promise about names', () => {
  it('is recorded with each signature, and the delivery export keeps each one’s own', async () => {
    const action = await createPublishedAction(payload, 'promises-names', { namesGoToTargets: false })
    await sign(action.slug, 'Private Signer', 'private@example.org')

    await payload.update({ collection: 'actions', id: action.id, data: { namesGoToTargets: true } })
    forgetPublishedActions()
    await sign(action.slug, 'Public Signer', 'public@example.org')

    const { docs } = await payload.find({ collection: 'signatures', where: { action: { equals: action.id } } })
    const promised = Object.fromEntries(docs.map((doc) => [doc.email, doc.namesGoToTargets]))
    expect(promised).toEqual({ 'private@example.org': false, 'public@example.org': true })

    // Turned back off after both signed: the one who was promised their name would go still counts.
    await payload.update({ collection: 'actions', id: action.id, data: { namesGoToTargets: false } })
    const delivery = await exportOf(action.id, 'delivery')
    expect(delivery.map((row) => row.Name).sort()).toEqual([NAME_WITHHELD, 'Public Signer'].sort())
    expect(delivery).toHaveLength(2)
    expect(JSON.stringify(delivery)).not.toContain('Private Signer')
    expect(JSON.stringify(delivery)).not.toContain('@')

    // The campaign's own record keeps every name, and says what each was told.
    const full = await exportOf(action.id, 'full')
    expect(full.map((row) => [row.Name, row['Name goes to targets']]).sort()).toEqual([
      ['Private Signer', 'no'],
      ['Public Signer', 'yes'],
    ])
  })

  it('keeps a name private when the page the signer saw said so, though the action now says otherwise', async () => {
    const action = await createPublishedAction(payload, 'promises-old-page', { namesGoToTargets: true })
    forgetPublishedActions()
    for (const [email, shown] of [
      ['old-page@example.org', 'false'],
      ['new-page@example.org', 'true'],
      ['no-field@example.org', undefined],
    ] as const) {
      await signPetition(payload, {
        slug: action.slug,
        input: { name: 'Page Reader', email, country: 'CA', namesGoToTargets: shown },
        addressHash: 'test',
      })
    }
    const { docs } = await payload.find({ collection: 'signatures', where: { action: { equals: action.id } } })
    expect(Object.fromEntries(docs.map((doc) => [doc.email, doc.namesGoToTargets]))).toEqual({
      'old-page@example.org': false,
      'new-page@example.org': true,
      'no-field@example.org': true,
    })
  })

  it('is copied from the action for a signature a campaigner types in', async () => {
    const action = await createPublishedAction(payload, 'promises-paper', { namesGoToTargets: false })
    const typed = await payload.create({
      collection: 'signatures',
      data: { action: action.id, name: 'Paper Signer', email: 'paper@example.org', country: 'CA', emailKey: '' },
      overrideAccess: false,
      user: campaigner,
    })
    expect(typed.namesGoToTargets).toBe(false)
  })

  it('refuses a typed-in name the signing form would refuse', async () => {
    const action = await createPublishedAction(payload, 'promises-names-rule')
    await expect(
      payload.create({
        collection: 'signatures',
        data: { action: action.id, name: 'Paper\u202eSigner', email: 'rlo@example.org', country: 'CA', emailKey: '' },
      }),
    ).rejects.toThrow(/invalid: Name/)
  })
})
