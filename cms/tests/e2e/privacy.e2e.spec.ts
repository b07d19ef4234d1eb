import { describe, expect, inject, it } from 'vitest'
import { SIGNER } from './fixtures/people'

// SIGNER signed through the sign endpoint when this CMS started. Every public answer, on every
// route a visitor can reach, must be free of anything that identifies them.
const cmsUrl = inject('cmsUrl')
const OPEN = 'stop-the-attacks-on-eastern-ghouta'
const SECRETS = [SIGNER.email, SIGNER.name, SIGNER.email.split('@')[0]!, 'zaynab', 'Private-Signer']

function expectNothingAbout(text: string, where: string) {
  for (const secret of SECRETS) {
    expect(text.toLowerCase().includes(secret.toLowerCase()), `${where} mentions "${secret}"`).toBe(false)
  }
}

async function probe(path: string, init: RequestInit = {}): Promise<number> {
  const response = await fetch(`${cmsUrl}${path}`, { redirect: 'manual', ...init })
  let text = `${[...response.headers].join('\n')}\n${await response.text()}`
  // An error may quote the URL the prober typed, address included; that tells the prober nothing.
  const typed = encodeURIComponent(SIGNER.email)
  if (path.includes(typed)) text = text.replaceAll(typed, '')
  expectNothingAbout(text, `${init.method ?? 'GET'} ${path}`)
  return response.status
}

// What the CMS says exists, plus what it keeps to itself (a visitor's access map leaves those out).
const INTERNAL = [
  'signatures',
  'users',
  'payload-jobs',
  'payload-preferences',
  'payload-locked-documents',
  'payload-migrations',
]
const collections = async () => [
  ...new Set([
    ...Object.keys(((await (await fetch(`${cmsUrl}/api/access`)).json()) as { collections: object }).collections),
    ...INTERNAL,
  ]),
]

describe('a visitor probing every public route', () => {
  it('finds the signer in no REST answer of any collection or global', async () => {
    const slugs = await collections()
    expect(slugs).toContain('signatures')
    for (const slug of slugs) {
      await probe(`/api/${slug}?depth=3&limit=100`)
      await probe(`/api/${slug}/count`)
      await probe(`/api/${slug}/versions?depth=3&limit=100`)
      for (const id of [1, 2, 3]) await probe(`/api/${slug}/${id}?depth=3`)
      await probe(`/api/${slug}?where[email][equals]=${encodeURIComponent(SIGNER.email)}`)
    }
    expect(await probe('/api/signatures/1')).toBe(403)
    await probe('/api/globals/site?depth=3')
    await probe('/api/users/me')
  })

  it('finds the signer in no GraphQL answer, even when asking for them by name', async () => {
    const ask = (query: string) =>
      probe('/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query }),
      })
    await ask('{ Signatures { docs { id name email emailKey addressHash } } }')
    await ask(`{ Signatures(where: { email: { equals: "${SIGNER.email}" } }) { totalDocs docs { name } } }`)
    await ask('{ Signature(id: 1) { name email } }')
    await ask('{ Actions { docs { id title signatureCount } } }')
    await ask('{ __schema { types { name } } }')
  })

  it('finds the signer in no petition answer: count, repeat, refusals, exports', async () => {
    await probe(`/api/actions/${OPEN}/count`)
    const again = { ...SIGNER, country: 'CA' }
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      probe(`/api/actions/${OPEN}/sign`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.99', ...headers },
        body: JSON.stringify(body),
      })
    // Signing again with their address answers exactly as for anyone: nothing says they signed before.
    expect(await post(again)).toBe(201)
    expect(await post({ ...again, country: 'Nowhere' })).toBe(400)
    expect(await post(again, { Origin: 'https://evil.example' })).toBe(403)
    await probe(`/api/actions/no-such-action/sign`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': '203.0.113.98' },
      body: new URLSearchParams(again).toString(),
    })
    expect(await probe('/api/signatures/export?action=1&columns=full')).toBe(403)
    expect(
      await probe('/api/signatures/erase', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: SIGNER.email }),
      }),
    ).toBe(403)
  })

  it('finds the signer in no admin page served to someone not signed in', async () => {
    for (const path of ['/admin', '/admin/collections/signatures', '/admin/collections/signatures/1', '/admin/login']) {
      await probe(path)
    }
  })
})
