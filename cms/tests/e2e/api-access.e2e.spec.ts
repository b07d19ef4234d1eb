import { runPayloadScript } from '@vigil/tools/cms'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { apiToken } from '@vigil/tools/cms'
import { PEOPLE, SIGNER } from './fixtures/people'

const cmsUrl = inject('cmsUrl')
type Who = 'visitor' | 'editor' | 'campaigner' | 'admin'
const tokens: Partial<Record<Who, string>> = {}

// Signing in must succeed (apiToken throws otherwise).
const login = (who: Exclude<Who, 'visitor'>) => apiToken(cmsUrl, PEOPLE[who])

beforeAll(async () => {
  for (const who of ['editor', 'campaigner', 'admin'] as const) tokens[who] = await login(who)
})

function call(who: Who, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  if (tokens[who]) headers.set('Authorization', `JWT ${tokens[who]}`)
  if (init.body) headers.set('Content-Type', 'application/json')
  return fetch(`${cmsUrl}${path}`, { ...init, headers })
}

const graphql = (who: Who, query: string) =>
  call(who, '/api/graphql', { method: 'POST', body: JSON.stringify({ query }) })

describe.each(['visitor', 'editor'] as const)('signer data, as %s', (who) => {
  it('is refused by REST, by id and in lists, and never echoed', async () => {
    const list = await call(who, '/api/signatures?depth=2')
    expect(list.status).toBe(403)
    const text = await list.text()
    expect(text).not.toContain(SIGNER.email)
    expect((await call(who, '/api/signatures/1')).status).toBe(403)
  })

  it('is refused by GraphQL', async () => {
    const response = await graphql(who, '{ Signatures { docs { name email } } }')
    const text = await response.text()
    expect(text).not.toContain(SIGNER.email)
    expect(text).not.toContain(SIGNER.name)
    expect(JSON.parse(text).errors?.[0]?.message).toMatch(/not allowed/i)
  })

  it('does not leak through the actions it belongs to', async () => {
    const text = await (await call(who, '/api/actions?depth=3&limit=100')).text()
    expect(text).not.toContain(SIGNER.email)
    expect(text).not.toContain(SIGNER.name)
  })
})

describe('signer data, as a campaigner', () => {
  it('can be read for delivery to targets', async () => {
    const response = await call(
      'campaigner',
      `/api/signatures?where[email][equals]=${encodeURIComponent(SIGNER.email)}`,
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as { docs: { email: string }[] }
    expect(body.docs.map((doc) => doc.email)).toContain(SIGNER.email)
  })
})

describe('generic endpoints, as a visitor', () => {
  it.each([
    ['posts', { title: 'Spam', slug: 'spam' }],
    ['actions', { title: 'Spam', slug: 'spam', summary: 's', targets: 't', goal: 1, consent: { text: 'c' } }],
    ['authors', { name: 'Spammer' }],
    ['topics', { name: 'Spam' }],
    ['signatures', { action: 1, name: 'Bot', email: 'bot@example.org', emailKey: 'bot@example.org', country: 'US' }],
    ['users', { email: 'bot@example.org', password: 'a long password 123', name: 'Bot', role: 'admin' }],
  ])('cannot create %s', async (collection, data) => {
    const response = await call('visitor', `/api/${collection}`, { method: 'POST', body: JSON.stringify(data) })
    expect(response.status).toBe(403)
  })

  it('cannot change or delete a published post, or the site settings', async () => {
    const post = ((await (await call('visitor', '/api/posts?limit=1')).json()) as { docs: { id: number }[] }).docs[0]!
    const patch = await call('visitor', `/api/posts/${post.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ title: 'Defaced' }),
    })
    expect(patch.status).toBe(403)
    expect((await call('visitor', `/api/posts/${post.id}`, { method: 'DELETE' })).status).toBe(403)
    const site = await call('visitor', '/api/globals/site', {
      method: 'POST',
      body: JSON.stringify({ name: 'Defaced' }),
    })
    expect(site.status).toBe(403)
    const title = ((await (await call('visitor', `/api/posts/${post.id}`)).json()) as { title: string }).title
    expect(title).not.toBe('Defaced')
  })

  it('cannot write through GraphQL either', async () => {
    const response = await graphql(
      'visitor',
      'mutation { createPost(data: { title: "Spam", slug: "spam-gql" }) { id } }',
    )
    expect(JSON.parse(await response.text()).errors?.[0]?.message).toMatch(/not allowed/i)
  })
})

describe('scheduled publishing in the running CMS', () => {
  it('publishes a scheduled draft on its own, without anyone pressing a button', async () => {
    const created = await call('editor', '/api/posts?draft=true', {
      method: 'POST',
      body: JSON.stringify({ title: 'Scheduled dispatch', slug: 'scheduled-dispatch', _status: 'draft' }),
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number } }
    const me = ((await (await call('editor', '/api/users/me')).json()) as { user: { id: number } }).user

    // Queued by a separate process that never runs jobs itself: only the CMS server can publish it.
    const queued = runPayloadScript(inject('cmsEnv'), 'tests/e2e/fixtures/schedulePublish.ts', [
      String(doc.id),
      String(me.id),
    ])
    await expect(queued).resolves.toBeUndefined()
    expect((await call('visitor', `/api/posts/${doc.id}`)).status).toBe(404)
    await expect
      .poll(async () => (await call('visitor', `/api/posts/${doc.id}`)).status, { timeout: 40_000, interval: 1000 })
      .toBe(200)
  })
})
