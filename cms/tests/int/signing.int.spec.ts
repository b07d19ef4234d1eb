import type { Payload } from 'payload'
import { catalogue } from '@vigil/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { forgetPublishedActions } from '../../src/petitions/publishedActions'
import { signatureCount } from '../../src/petitions/signatureCounts'
import { SIGN_OUTCOME, signPetition } from '../../src/petitions/signPetition'
import { createPublishedAction } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let counter = 0
const unique = () => `${Date.now()}-${++counter}`

const makeAction = (data: Record<string, unknown> = {}) => createPublishedAction(payload, `sign-test-${unique()}`, data)

const signer = (email: string, extra: Record<string, unknown> = {}) => ({
  name: 'Rana Haddad',
  email,
  country: 'CA',
  ...extra,
})

const sign = (slug: string, input: Record<string, unknown>, now?: Date) =>
  signPetition(payload, { slug, input, addressHash: 'test-address', referrer: 'https://site.example/actions/x/', now })

async function stored(actionId: number) {
  const { docs } = await payload.find({
    collection: 'signatures',
    where: { action: { equals: actionId } },
    depth: 0,
    limit: 1000,
    pagination: false,
  })
  return docs
}

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('signing an open action', () => {
  it('stores the signature with what the signer typed, the dedupe key and the source', async () => {
    const action = await makeAction()
    const before = Date.now()
    const result = await sign(action.slug, {
      ...signer('  Rana.Haddad+ghouta@Example.org '),
      postalCode: 'H2X 1Y4',
      utmSource: 'whatsapp',
      utmCampaign: 'ghouta',
      locale: 'en-CA',
    })
    expect(result).toEqual({ outcome: SIGN_OUTCOME.signed, action: { slug: action.slug, title: action.title } })
    const [signature] = await stored(action.id)
    expect(signature).toMatchObject({
      name: 'Rana Haddad',
      email: 'Rana.Haddad+ghouta@Example.org',
      emailKey: 'rana.haddad@example.org',
      country: 'CA',
      postalCode: 'H2X 1Y4',
      // The form's language, from the page's lang.
      locale: 'en',
      addressHash: 'test-address',
      source: { utmSource: 'whatsapp', utmCampaign: 'ghouta', referrer: 'https://site.example/actions/x/' },
    })
    // Stored between the moments before and after signing, however long that took.
    expect(Date.parse(signature!.createdAt)).toBeGreaterThanOrEqual(before)
    expect(Date.parse(signature!.createdAt)).toBeLessThanOrEqual(Date.now())
  })

  describe.each([
    ['letter case', 'Amira@Example.org', 'amira@example.org'],
    ['surrounding spaces', '  amira@example.org  ', 'amira@example.org'],
    ['a +tag', 'amira+petition@example.org', 'amira@example.org'],
    ['dots at Gmail', 'a.m.i.r.a@gmail.com', 'amira@gmail.com'],
    ['Googlemail for Gmail', 'amira@googlemail.com', 'amira@gmail.com'],
  ])('counts a second signature differing only by %s once', (_rule, second, key) => {
    it(`keeps one signature keyed ${key}`, async () => {
      const action = await makeAction()
      const first = key
      expect((await sign(action.slug, signer(first))).outcome).toBe(SIGN_OUTCOME.signed)
      expect((await sign(action.slug, signer(second))).outcome).toBe(SIGN_OUTCOME.signed)
      const signatures = await stored(action.id)
      expect(signatures.map((s) => s.emailKey)).toEqual([key])
    })
  })

  it('keeps dots that matter: at other providers j.doe and jdoe are different people', async () => {
    const action = await makeAction()
    await sign(action.slug, signer('j.doe@example.org'))
    await sign(action.slug, signer('jdoe@example.org'))
    expect((await stored(action.id)).map((s) => s.emailKey).sort()).toEqual(['j.doe@example.org', 'jdoe@example.org'])
  })

  it('lets the same person sign different actions', async () => {
    const [one, two] = [await makeAction(), await makeAction()]
    await sign(one.slug, signer('same@example.org'))
    await sign(two.slug, signer('same@example.org'))
    expect(await stored(one.id)).toHaveLength(1)
    expect(await stored(two.id)).toHaveLength(1)
  })

  it('stores one signature when the same email signs 200 times at once', async () => {
    const action = await makeAction()
    const results = await Promise.all(
      Array.from({ length: 200 }, () => sign(action.slug, signer('double@example.org'))),
    )
    expect(new Set(results.map((r) => r.outcome))).toEqual(new Set([SIGN_OUTCOME.signed]))
    expect(await stored(action.id)).toHaveLength(1)
  })
})

describe('consent', () => {
  it('records an unticked box as no, with the wording version shown and the time', async () => {
    const action = await makeAction()
    const before = Date.now()
    await sign(action.slug, { ...signer('no-updates@example.org'), consentVersion: 1 })
    const [signature] = await stored(action.id)
    expect(signature!.consentToUpdates).toBe(false)
    expect(signature!.consentVersion).toBe(1)
    expect(Date.parse(signature!.consentedAt!)).toBeGreaterThanOrEqual(before - 1000)
  })

  it.each([
    ['a ticked form box', 'on'],
    ['JSON true', true],
  ])('records %s as yes', async (_case, value) => {
    const action = await makeAction()
    await sign(action.slug, { ...signer('yes@example.org'), consentToUpdates: value })
    expect((await stored(action.id))[0]!.consentToUpdates).toBe(true)
  })

  it('records the version of the wording the form showed, and the current one when the claim is impossible', async () => {
    const action = await makeAction()
    await payload.update({ collection: 'actions', id: action.id, data: { consent: { text: 'New wording.' } } })
    forgetPublishedActions()
    await sign(action.slug, { ...signer('old-form@example.org'), consentToUpdates: 'on', consentVersion: 1 })
    await sign(action.slug, { ...signer('made-up@example.org'), consentToUpdates: 'on', consentVersion: 99 })
    const versions = Object.fromEntries((await stored(action.id)).map((s) => [s.email, s.consentVersion]))
    expect(versions).toEqual({ 'old-form@example.org': 1, 'made-up@example.org': 2 })
  })
})

describe('refusals', () => {
  it('gives per-field messages and stores nothing for invalid input', async () => {
    const action = await makeAction()
    const result = await sign(action.slug, { name: '=HYPERLINK("x")', email: 'nope', country: 'Narnia' })
    expect(result).toEqual({
      outcome: SIGN_OUTCOME.invalid,
      errors: {
        name: 'Please start your name with a letter.',
        email: 'Please enter a valid email address.',
        country: 'Please choose your country.',
      },
    })
    expect(await stored(action.id)).toHaveLength(0)
  })

  it('drops a bot that fills the hidden field, answering as if it had signed', async () => {
    const action = await makeAction()
    const result = await sign(action.slug, { ...signer('bot@example.org'), website: 'http://spam.example' })
    expect(result.outcome).toBe(SIGN_OUTCOME.signed)
    expect(await stored(action.id)).toHaveLength(0)
  })

  it.each([
    ['an unknown slug', () => Promise.resolve({ slug: `no-such-action-${unique()}` }), SIGN_OUTCOME.unknownAction],
    [
      'a draft',
      () =>
        payload.create({
          collection: 'actions',
          draft: true,
          data: {
            title: 'Draft',
            slug: `draft-${unique()}`,
            summary: 's',
            targets: 't',
            goal: 1,
            consent: { text: 'c' },
          },
        }),
      SIGN_OUTCOME.unknownAction,
    ],
    ['a closed action', () => makeAction({ status: 'closed' }), SIGN_OUTCOME.closed],
    [
      'an action past its closing time',
      () => makeAction({ closesAt: new Date(Date.now() - 60_000).toISOString() }),
      SIGN_OUTCOME.closed,
    ],
    [
      'an action before its opening time',
      () => makeAction({ opensAt: new Date(Date.now() + 3_600_000).toISOString() }),
      SIGN_OUTCOME.notOpenYet,
    ],
  ])('refuses %s and stores nothing', async (_case, make, outcome) => {
    const action = await make()
    expect((await sign(action.slug!, signer('refused@example.org'))).outcome).toBe(outcome)
    const { totalDocs } = await payload.count({
      collection: 'signatures',
      where: { email: { equals: 'refused@example.org' } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('the count', () => {
  it('is aggregated from the stored signatures and written back to the action', async () => {
    const action = await makeAction()
    for (const n of [1, 2, 3]) await sign(action.slug, signer(`counted-${n}@example.org`))
    await sign(action.slug, signer('counted-1@example.org'))
    expect(await signatureCount(payload, action.id)).toBe(3)
    const fresh = await payload.findByID({ collection: 'actions', id: action.id, depth: 0 })
    expect(fresh.signatureCount).toBe(3)
    // A count is not an edit: the site rebuilds what embeds an action when its updatedAt moves.
    expect(fresh.updatedAt).toBe(action.updatedAt)
  })
})

describe('signing in French', () => {
  // An action published in English and in French, each with its own wording and slug.
  async function bilingualAction() {
    const action = await makeAction()
    const frenchSlug = `signer-${unique()}`
    await payload.update({
      collection: 'actions',
      id: action.id,
      locale: 'fr',
      data: {
        title: `Action ${frenchSlug}`,
        slug: frenchSlug,
        summary: 'Dites-leur d’arrêter.',
        targets: 'le gouvernement',
        consent: { text: 'Envoyez-moi des nouvelles.' },
        _status: 'published',
      },
    })
    // Two French rewordings: the French wording is at version 3, the English still at 1.
    for (const text of ['Envoyez-moi parfois des nouvelles.', 'Envoyez-moi des nouvelles par courriel.']) {
      await payload.update({
        collection: 'actions',
        id: action.id,
        locale: 'fr',
        data: { consent: { text }, _status: 'published' },
      })
    }
    forgetPublishedActions()
    return { action, frenchSlug }
  }

  it('finds the action by its French slug and keeps the language and the French wording’s version', async () => {
    const { action, frenchSlug } = await bilingualAction()
    const result = await sign(frenchSlug, signer('francais@example.org', { locale: 'fr', consentToUpdates: true }))
    expect(result).toMatchObject({ outcome: SIGN_OUTCOME.signed, action: { slug: frenchSlug } })
    const [signature] = await stored(action.id)
    expect(signature).toMatchObject({ locale: 'fr', consentToUpdates: true, consentVersion: 3 })
    // The English slug names nothing in French, and the French one nothing in English.
    expect((await sign(action.slug, signer('x@example.org', { locale: 'fr' }))).outcome).toBe(
      SIGN_OUTCOME.unknownAction,
    )
    expect((await sign(frenchSlug, signer('y@example.org', { locale: 'en' }))).outcome).toBe(SIGN_OUTCOME.unknownAction)
  })

  it('names each problem in French', async () => {
    const { frenchSlug } = await bilingualAction()
    const result = await sign(frenchSlug, { name: '', email: 'pas-une-adresse', country: 'CA', locale: 'fr' })
    expect(result).toEqual({
      outcome: SIGN_OUTCOME.invalid,
      errors: { name: catalogue('fr').petition.problems.name, email: catalogue('fr').petition.problems.email },
    })
  })

  it('counts one count across languages', async () => {
    const { action, frenchSlug } = await bilingualAction()
    await sign(action.slug, signer('anglais@example.org', { locale: 'en' }))
    await sign(frenchSlug, signer('francais@example.org', { locale: 'fr' }))
    // The same person signing again in the other language counts once.
    await sign(frenchSlug, signer('anglais@example.org', { locale: 'fr' }))
    expect(await signatureCount(payload, action.id)).toBe(2)
  })
})
