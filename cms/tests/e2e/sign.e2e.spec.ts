import { load } from 'cheerio'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { catalogue, petitionApi } from '@vigil/shared'
import { apiToken } from '@vigil/tools/cms'
import { PEOPLE } from './fixtures/people'

// The sign and count endpoints over HTTP, against the production build, as the site and its
// visitors call them.
const cmsUrl = inject('cmsUrl')
const OPEN = 'stop-the-attacks-on-eastern-ghouta'
const CLOSED = 'safe-evacuation-from-aleppo'
const SITE = 'http://localhost:4321'
let visitor = 0
// Each test speaks for its own visitor address (the test CMS trusts one proxy hop).
const nextAddress = () => `198.51.100.${++visitor}`

interface SignOptions {
  type?: string
  origin?: string | null
  address?: string
  raw?: string
}

function sign(slug: string, body: Record<string, unknown>, options: SignOptions = {}) {
  const type = options.type ?? 'application/json'
  const headers: Record<string, string> = { 'Content-Type': type, 'X-Forwarded-For': options.address ?? nextAddress() }
  if (options.origin !== null) headers.Origin = options.origin ?? SITE
  const payload =
    options.raw ??
    (type.startsWith('application/x-www-form-urlencoded')
      ? new URLSearchParams(body as Record<string, string>).toString()
      : JSON.stringify(body))
  return fetch(`${cmsUrl}/api/actions/${slug}/sign`, { method: 'POST', headers, body: payload, redirect: 'manual' })
}

const signer = (email: string) => ({ name: 'Omar Khalil', email, country: 'LB' })
let campaignerToken = ''

async function storedWith(email: string): Promise<number> {
  const response = await fetch(`${cmsUrl}/api/signatures?where[email][equals]=${encodeURIComponent(email)}&limit=0`, {
    headers: { Authorization: `JWT ${campaignerToken}` },
  })
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

beforeAll(async () => {
  campaignerToken = await apiToken(cmsUrl, PEOPLE.campaigner)
})

// The demo's translations of the two actions (cms/src/seed/data/fr, ar).
const OPEN_FR = 'mettez-fin-aux-attaques-contre-la-ghouta-orientale'
const CLOSED_FR = 'laissez-la-population-d-alep-partir-en-securite'
const OPEN_AR = 'أوقفوا-الهجمات-على-الغوطة-الشرقية'

describe('signing in French and Arabic', () => {
  const asForm = { type: 'application/x-www-form-urlencoded' }

  it('sends a French plain form to the French thank-you page and answers the island in French', async () => {
    const email = `fr-form-${Date.now()}@example.org`
    const form = await sign(OPEN_FR, { ...signer(email), locale: 'fr' }, asForm)
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe(`${SITE}/fr/actions/${OPEN_FR}/thanks/`)
    expect(await storedWith(email)).toBe(1)
    const json = await sign(OPEN_FR, { ...signer(`fr-json-${Date.now()}@example.org`), locale: 'fr' })
    expect(json.status).toBe(201)
    expect(((await json.json()) as { message: string }).message).toBe('Merci d’avoir signé.')
  })

  it('shows a refused French form again in French, its language kept', async () => {
    const response = await sign(OPEN_FR, { name: '', email: 'x@', country: 'LB', locale: 'fr' }, asForm)
    expect(response.status).toBe(400)
    const $ = load(await response.text())
    expect($('html').attr('lang')).toBe('fr')
    expect($('label[for="email"]').text()).toBe('Courriel')
    expect($('#email-error').text()).toBe('Veuillez entrer une adresse courriel valide.')
    expect($('input[name="locale"]').attr('value')).toBe('fr')
    expect($('button[type="submit"]').text()).toBe('Je signe')
  })

  it('answers in Arabic, right to left, on the Arabic action', async () => {
    const response = await sign(OPEN_AR, { name: '', email: 'x@', country: 'LB', locale: 'ar' }, asForm)
    expect(response.status).toBe(400)
    const $ = load(await response.text())
    expect([$('html').attr('lang'), $('html').attr('dir')]).toEqual(['ar', 'rtl'])
    expect($('#name-error').text()).toBe('يُرجى إدخال اسمك.')
    const json = await sign(OPEN_AR, { name: 'x', email: 'x@', country: 'LB', locale: 'ar' })
    expect(((await json.json()) as { errors: Record<string, string> }).errors.email).toBe(
      'يُرجى إدخال عنوان بريد إلكتروني صالح.',
    )
  })

  it('counts the same by the English, French and Arabic slugs', async () => {
    const countBy = async (slug: string, locale: 'en' | 'fr' | 'ar') => {
      const response = await fetch(petitionApi.count(cmsUrl, slug, locale))
      expect(response.status).toBe(200)
      return ((await response.json()) as { count: number }).count
    }
    // Other tests sign the same action meanwhile: the three agree once no signature is in between.
    await expect
      .poll(
        async () =>
          new Set([await countBy(OPEN, 'en'), await countBy(OPEN_FR, 'fr'), await countBy(OPEN_AR, 'ar')]).size,
        { timeout: 15_000 },
      )
      .toBe(1)
    const unknown = await fetch(petitionApi.count(cmsUrl, OPEN, 'fr'))
    expect(unknown.status).toBe(404)
    expect(((await unknown.json()) as { message: string }).message).toBe(
      catalogue('fr').petition.answers.unknownAction[1],
    )
  })

  it('says in French that a closed action has closed', async () => {
    const response = await sign(CLOSED_FR, { ...signer(`fr-closed-${Date.now()}@example.org`), locale: 'fr' })
    expect(response.status).toBe(410)
    expect(((await response.json()) as { message: string }).message).toMatch(/ne recueille plus de signatures/)
  })
})

describe('POST /api/actions/{slug}/sign', () => {
  it('answers 201 to a new signature and the very same 201 to a repeat, storing one', async () => {
    const email = `omar-${Date.now()}@example.org`
    const first = await sign(OPEN, signer(email))
    const again = await sign(OPEN, signer(email.toUpperCase()))
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(await again.text()).toBe(await first.text())
    expect(first.headers.get('cache-control')).toBe('no-store')
    expect(await storedWith(email)).toBe(1)
  })

  it('accepts a plain form post and sends the browser to the thank-you page', async () => {
    const email = `form-${Date.now()}@example.org`
    const response = await sign(
      OPEN,
      { ...signer(email), consentToUpdates: 'on' },
      { type: 'application/x-www-form-urlencoded' },
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${SITE}/actions/${OPEN}/thanks/`)
    expect(await storedWith(email)).toBe(1)
  })

  it('answers 400 with a message per field, and stores nothing', async () => {
    const response = await sign(OPEN, { name: '@cmd', email: 'x@', country: 'XX', postalCode: '<b>' })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: Record<string, string> }
    expect(body.errors).toEqual({
      name: 'Please start your name with a letter.',
      email: 'Please enter a valid email address.',
      country: 'Please choose your country.',
      postalCode: 'Please check your postal code.',
    })
    expect(await storedWith('x@')).toBe(0)
  })

  it('shows a refused form post the form again, answers kept and each problem beside its field', async () => {
    const email = `kept-${Date.now()}@example.org`
    const response = await sign(
      OPEN,
      { name: 'Visit pills.com', email, country: 'FR' },
      { type: 'application/x-www-form-urlencoded' },
    )
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toContain('text/html')
    const $ = load(await response.text())
    expect($('#name').attr('aria-invalid')).toBe('true')
    expect($('#name-error').text()).toBe('Please enter your name without a web address.')
    expect($('#email').attr('value')).toBe(email)
    expect($('#country option[selected]').attr('value')).toBe('FR')
    expect($('form').attr('action')).toBe(`/api/actions/${OPEN}/sign`)
    expect(await storedWith(email)).toBe(0)
  })

  it.each([
    ['=SUM(A1)', 'Please start your name with a letter.'],
    ['+1 555', 'Please start your name with a letter.'],
    ['-2+3', 'Please start your name with a letter.'],
    ['@import', 'Please start your name with a letter.'],
    ['Omar https://spam.example', 'Please enter your name without a web address.'],
  ])('refuses the name %j', async (name, message) => {
    const response = await sign(OPEN, { ...signer(`n-${Date.now()}@example.org`), name })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: Record<string, string> }).errors).toEqual({ name: message })
  })

  it('silently drops a bot that fills the hidden field', async () => {
    const email = `bot-${Date.now()}@example.org`
    const response = await sign(OPEN, { ...signer(email), website: 'https://spam.example' })
    expect(response.status).toBe(201)
    expect(await storedWith(email)).toBe(0)
  })

  it('answers 404 for an unknown action and 410 for a closed one', async () => {
    const unknown = await sign('no-such-action', signer('lost@example.org'))
    expect(unknown.status).toBe(404)
    const closed = await sign(CLOSED, signer('late@example.org'))
    expect(closed.status).toBe(410)
    expect(((await closed.json()) as { message: string }).message).toMatch(/no longer collecting/)
    expect(await storedWith('late@example.org')).toBe(0)
  })

  it('answers 403 to a page on another origin, and stores nothing', async () => {
    const email = `csrf-${Date.now()}@example.org`
    const response = await sign(OPEN, signer(email), { origin: 'https://evil.example' })
    expect(response.status).toBe(403)
    expect(await storedWith(email)).toBe(0)
  })

  it('answers 413 to a body over the limit and 415 to another content type', async () => {
    const huge = await sign(OPEN, { ...signer('big@example.org'), name: 'A'.repeat(20_000) })
    expect(huge.status).toBe(413)
    const xml = await sign(OPEN, {}, { type: 'application/xml', raw: '<sign/>' })
    expect(xml.status).toBe(415)
    const broken = await sign(OPEN, {}, { raw: '{"name": ' })
    expect(broken.status).toBe(400)
  })

  it('answers 429 with Retry-After once one address signs too fast', async () => {
    const address = nextAddress()
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      const response = await sign(OPEN, signer(`fast-${Date.now()}-${i}@example.org`), { address })
      statuses.push(response.status)
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
      }
    }
    expect(statuses).toEqual([...Array(10).fill(201), 429])
    // Another address is unaffected.
    expect((await sign(OPEN, signer(`calm-${Date.now()}@example.org`))).status).toBe(201)
  })

  it('ignores a forged address the proxy did not add', async () => {
    const address = nextAddress()
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      // The visitor claims a fresh address each time; the proxy appends the real one last.
      const chain = `10.9.${i}.1, ${address}`
      statuses.push((await sign(OPEN, signer(`forger-${Date.now()}-${i}@example.org`), { address: chain })).status)
    }
    expect(statuses.at(-1)).toBe(429)
  })

  it('stores exactly one when 200 identical submissions arrive at once', async () => {
    const email = `burst-${Date.now()}@example.org`
    const responses = await Promise.all(Array.from({ length: 200 }, () => sign(OPEN, signer(email))))
    expect(responses.map((response) => response.status)).toEqual(Array(200).fill(201))
    expect(await storedWith(email)).toBe(1)
  })

  it('lets the site call it across origins (CORS preflight)', async () => {
    const response = await fetch(`${cmsUrl}/api/actions/${OPEN}/sign`, {
      method: 'OPTIONS',
      headers: {
        Origin: SITE,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    })
    expect(response.status).toBeLessThan(300)
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type')
  })
})

describe('GET /api/actions/{slug}/count', () => {
  it('answers count, goal and closed, cacheable for a few seconds', async () => {
    const response = await fetch(`${cmsUrl}/api/actions/${OPEN}/count`, { headers: { Origin: SITE } })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/)
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE)
    const body = (await response.json()) as Record<string, unknown>
    expect(Object.keys(body).sort()).toEqual(['closed', 'count', 'goal'])
    expect(body).toMatchObject({ goal: 50_000, closed: false })
  })

  it('catches up with the stored signatures within a few seconds', async () => {
    const stored = async () => {
      const response = await fetch(`${cmsUrl}/api/signatures/count?where[action][equals]=1`, {
        headers: { Authorization: `JWT ${campaignerToken}` },
      })
      return ((await response.json()) as { totalDocs: number }).totalDocs
    }
    for (let i = 0; i < 3; i++) await sign(OPEN, signer(`count-${Date.now()}-${i}@example.org`))
    const expected = await stored()
    await expect
      .poll(
        async () => ((await (await fetch(`${cmsUrl}/api/actions/${OPEN}/count`)).json()) as { count: number }).count,
        {
          timeout: 15_000,
          interval: 1000,
        },
      )
      .toBe(expected)
  })

  it('answers a closed action with its final count and 404 for an unknown one', async () => {
    const closed = (await (await fetch(`${cmsUrl}/api/actions/${CLOSED}/count`)).json()) as { closed: boolean }
    expect(closed.closed).toBe(true)
    expect((await fetch(`${cmsUrl}/api/actions/no-such-action/count`)).status).toBe(404)
  })
})
