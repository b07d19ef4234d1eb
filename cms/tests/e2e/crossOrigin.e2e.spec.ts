import { beforeAll, describe, expect, inject, it } from 'vitest'
import { PEOPLE } from './fixtures/people'

// What other origins may do with the CMS: read the petition answers without credentials, and
// nothing else. A staff member's session never works from a page that is not the CMS's own.
const cmsUrl = inject('cmsUrl')
const SITE = 'http://localhost:4321'
const OPEN = 'stop-the-attacks-on-eastern-ghouta'
let cookie = ''
let setCookie = ''

beforeAll(async () => {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: cmsUrl },
    body: JSON.stringify(PEOPLE.campaigner),
  })
  expect(response.status).toBe(200)
  setCookie = response.headers.get('set-cookie') ?? ''
  cookie = setCookie.split(';')[0]!
})

const withSession = (path: string, origin: string, init: RequestInit = {}) =>
  fetch(`${cmsUrl}${path}`, { ...init, headers: { Cookie: cookie, Origin: origin, ...init.headers } })

describe('a staff session seen from another origin', () => {
  it('is a strict, HTTP-only cookie', () => {
    expect(cookie).toMatch(/^payload-token=./)
    expect(setCookie).toMatch(/;\s*HttpOnly/i)
    expect(setCookie).toMatch(/;\s*SameSite=Strict/i)
    // This CMS runs on http://, so the cookie cannot be Secure here; on https it is (unit-tested).
    expect(setCookie).not.toMatch(/;\s*Secure/i)
  })

  it('reads signatures from the CMS’s own pages', async () => {
    const response = await withSession('/api/signatures?limit=1', cmsUrl)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
  })

  it.each([SITE, 'https://evil.example', 'null'])(
    'reads nothing from %s, and the browser is not allowed to show the answer',
    async (origin) => {
      const response = await withSession('/api/signatures?limit=1', origin)
      expect(response.status).toBe(403)
      expect(response.headers.get('access-control-allow-credentials')).toBeNull()
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
      expect(await response.text()).not.toContain('@')
    },
  )

  it('gets no permission from a preflight for any staff route', async () => {
    for (const path of ['/api/signatures', '/api/users/me', '/api/graphql', '/api/signatures/export']) {
      const response = await fetch(`${cmsUrl}${path}`, {
        method: 'OPTIONS',
        headers: {
          Origin: SITE,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      })
      expect(response.headers.get('access-control-allow-origin'), path).toBeNull()
      expect(response.headers.get('access-control-allow-credentials'), path).toBeNull()
    }
  })

  it('cannot change anything with a form posted from the site', async () => {
    const response = await withSession('/api/posts', SITE, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Forged from the site', slug: 'forged-from-the-site' }),
    })
    expect(response.status).toBe(403)
    const check = await fetch(`${cmsUrl}/api/posts?where[slug][equals]=forged-from-the-site&draft=true`, {
      headers: { Cookie: cookie, Origin: cmsUrl },
    })
    expect(((await check.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })
})

describe('the petition routes', () => {
  it.each([
    ['sign', 'POST'],
    ['count', 'GET'],
  ])('let the site call %s without credentials', async (route, method) => {
    const preflight = await fetch(`${cmsUrl}/api/actions/${OPEN}/${route}`, {
      method: 'OPTIONS',
      headers: {
        Origin: SITE,
        'Access-Control-Request-Method': method,
        'Access-Control-Request-Headers': 'content-type',
      },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
    const count = await fetch(`${cmsUrl}/api/actions/${OPEN}/count`, { headers: { Origin: SITE, Cookie: cookie } })
    expect(count.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(count.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('give other origins nothing to read', async () => {
    const count = await fetch(`${cmsUrl}/api/actions/${OPEN}/count`, { headers: { Origin: 'https://evil.example' } })
    expect(count.status).toBe(200)
    expect(count.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('headers the CMS sends', () => {
  it.each(['/admin/login', '/admin', '/api/globals/site', `/api/actions/${OPEN}/count`])(
    '%s cannot be framed or sniffed',
    async (path) => {
      const response = await fetch(`${cmsUrl}${path}`, { redirect: 'manual' })
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('permissions-policy')).toContain('camera=()')
    },
  )

  it('gives the admin a policy that forbids framing and outside scripts', async () => {
    const policy = (await fetch(`${cmsUrl}/admin/login`)).headers.get('content-security-policy') ?? ''
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toContain('unsafe-eval')
  })

  it('serves uploaded files sandboxed', async () => {
    const media = (await (await fetch(`${cmsUrl}/api/media?limit=1`)).json()) as { docs: { url: string }[] }
    const response = await fetch(new URL(media.docs[0]!.url, cmsUrl))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain('sandbox')
  })

  it('answers a refused plain form with a page that runs no script', async () => {
    const response = await fetch(`${cmsUrl}/api/actions/${OPEN}/sign`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE, 'X-Forwarded-For': '192.0.2.77' },
      body: 'name=&email=nobody',
    })
    expect(response.status).toBe(400)
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("frame-ancestors 'none'")
    // The corrected form posts back here, and is sent on to the site's thank-you page.
    expect(policy).toContain(`form-action 'self' ${SITE}`)
  })
})
