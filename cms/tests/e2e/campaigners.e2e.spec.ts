import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { apiToken } from '@vigil/tools/cms'
import { PEOPLE } from './fixtures/people'

// What campaigners do with signatures: export them for delivery, erase a signer on request.
const cmsUrl = inject('cmsUrl')
const OPEN = 'stop-the-attacks-on-eastern-ghouta'
type Who = 'visitor' | 'editor' | 'campaigner' | 'admin'
const tokens: Partial<Record<Who, string>> = {}
let visitor = 0

function call(who: Who, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  if (tokens[who]) headers.set('Authorization', `JWT ${tokens[who]}`)
  if (init.body) headers.set('Content-Type', 'application/json')
  return fetch(`${cmsUrl}${path}`, { ...init, headers })
}

const sign = (slug: string, body: Record<string, unknown>) =>
  fetch(`${cmsUrl}/api/actions/${slug}/sign`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `192.0.2.${++visitor}` },
    body: JSON.stringify(body),
  })

let actionIds: Record<string, number> = {}

beforeAll(async () => {
  for (const who of ['editor', 'campaigner', 'admin'] as const) tokens[who] = await apiToken(cmsUrl, PEOPLE[who])
  const { docs } = (await (await call('admin', '/api/actions?depth=0&limit=10')).json()) as {
    docs: { id: number; slug: string }[]
  }
  actionIds = Object.fromEntries(docs.map((doc) => [doc.slug, doc.id]))
})

const csvOf = async (response: Response) =>
  parse((await response.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[]

describe('CSV export', () => {
  it('gives campaigners names and places for delivery, never emails', async () => {
    await sign(OPEN, { name: 'Hadi Export', email: 'hadi.export@example.org', country: 'SY', postalCode: '-12 34' })
    const response = await call('campaigner', `/api/signatures/export?action=${actionIds[OPEN]}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="signatures-stop-the-attacks/)
    const rows = await csvOf(response)
    expect(Object.keys(rows[0]!)).toEqual(['Name', 'Country', 'Postal code', 'Signed at (UTC)'])
    const hadi = rows.find((row) => row.Name === 'Hadi Export')!
    expect(hadi.Country).toBe('SY')
    // A cell a spreadsheet would run as a formula is defused with a leading apostrophe.
    expect(hadi['Postal code']).toBe("'-12 34")
  })

  it('defuses formulas typed into the admin, too', async () => {
    const created = await call('campaigner', '/api/signatures', {
      method: 'POST',
      body: JSON.stringify({
        action: actionIds[OPEN],
        name: '=HYPERLINK("http://evil.example","x")',
        email: 'paper@example.org',
        country: 'CA',
      }),
    })
    expect(created.status).toBe(201)
    const rows = await csvOf(await call('campaigner', `/api/signatures/export?action=${actionIds[OPEN]}&columns=full`))
    const paper = rows.find((row) => row.Email === 'paper@example.org')!
    expect(paper.Name).toBe('\'=HYPERLINK("http://evil.example","x")')
    expect(Object.keys(paper)).toContain('Consents to updates')
    // The language of the form goes with the wording's version; staff entries have none.
    expect(rows.find((row) => row.Name === 'Hadi Export')?.Language).toBe('en')
    expect(paper.Language).toBe('')
  })

  it.each(['visitor', 'editor'] as const)('is refused to a %s', async (who) => {
    const response = await call(who, `/api/signatures/export?action=${actionIds[OPEN]}`)
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain('@example.org')
  })
})

describe('erasing a signer', () => {
  it('removes their signatures on every action, matched as signing matches, and the count follows', async () => {
    const other = Object.keys(actionIds).find((slug) => slug !== OPEN)!
    // The second action is closed to visitors, so its signature is typed in by a campaigner.
    expect((await sign(OPEN, { name: 'Leila Erase', email: 'Leila.Erase+one@gmail.com', country: 'FR' })).status).toBe(
      201,
    )
    await call('campaigner', '/api/signatures', {
      method: 'POST',
      body: JSON.stringify({
        action: actionIds[other],
        name: 'Leila Erase',
        email: 'leilaerase@gmail.com',
        country: 'FR',
      }),
    })
    const response = await call('campaigner', '/api/signatures/erase', {
      method: 'POST',
      body: JSON.stringify({ email: 'l.e.i.l.a.erase@googlemail.com' }),
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ erased: 2 })
    const left = await call('admin', '/api/signatures?where[name][equals]=Leila%20Erase&limit=0')
    expect(((await left.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  it('says so when nothing matches, and refuses a blank address', async () => {
    const none = await call('campaigner', '/api/signatures/erase', {
      method: 'POST',
      body: JSON.stringify({ email: 'nobody@example.org' }),
    })
    expect(await none.json()).toEqual({ erased: 0 })
    const blank = await call('campaigner', '/api/signatures/erase', {
      method: 'POST',
      body: JSON.stringify({ email: '' }),
    })
    expect(blank.status).toBe(400)
  })

  it.each(['visitor', 'editor'] as const)('is refused to a %s and erases nothing', async (who) => {
    await sign(OPEN, { name: 'Kept Signer', email: 'kept.signer@example.org', country: 'CA' })
    const response = await call(who, '/api/signatures/erase', {
      method: 'POST',
      body: JSON.stringify({ email: 'kept.signer@example.org' }),
    })
    expect(response.status).toBe(403)
    const left = await call('admin', '/api/signatures?where[email][equals]=kept.signer@example.org&limit=0')
    expect(((await left.json()) as { totalDocs: number }).totalDocs).toBe(1)
  })
})

describe('counts for editors', () => {
  it('shows editors the count on the action but no signature', async () => {
    const count = async () =>
      ((await (await call('editor', `/api/actions/${actionIds[OPEN]}?depth=0`)).json()) as { signatureCount: number })
        .signatureCount
    // Aggregated a few seconds after the latest signature.
    await expect.poll(count, { timeout: 15_000, interval: 1000 }).toBeGreaterThan(0)
    expect((await call('editor', '/api/signatures?limit=1')).status).toBe(403)
  })
})
