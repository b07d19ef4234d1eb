import { randomUUID } from 'node:crypto'
import { describe, expect, inject, it } from 'vitest'
import { PEOPLE } from './fixtures/people'

// Staff sign-in over HTTP against the production build. The test CMS trusts one proxy hop, so
// X-Forwarded-For speaks for the address a request comes from; other test files sign in from
// 127.0.0.1 and are never affected by the failures made here.
const cmsUrl = inject('cmsUrl')
const FAILURES_PER_ACCOUNT = 5 // SIGN_IN_FAILURES_PER_ACCOUNT's default
let visitor = 0
const nextAddress = () => `203.0.113.${100 + ++visitor}`
const nobody = () => `nobody-${randomUUID()}@example.org`

const post = (path: string, body: unknown, address: string) =>
  fetch(`${cmsUrl}/api${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
    body: JSON.stringify(body),
  })
const login = (email: string, password: string, address: string) => post('/users/login', { email, password }, address)

async function failUntilThrottled(email: string, address: string) {
  for (let attempt = 0; attempt < FAILURES_PER_ACCOUNT; attempt++) {
    expect((await login(email, `guess ${attempt}`, address)).status).toBe(401)
  }
  return login(email, 'guess', address)
}

describe('POST /api/users/login', () => {
  it('answers an unknown email byte for byte as a wrong password', async () => {
    const wrong = await login(PEOPLE.editor.email, 'not the password', nextAddress())
    const unknown = await login(nobody(), 'not the password', nextAddress())
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(await unknown.text()).toBe(await wrong.text())
  })

  it('throttles one address alike for a real and an unknown account, and never locks the owner out', async () => {
    const attacker = nextAddress()
    const real = await failUntilThrottled(PEOPLE.editor.email, attacker)
    const unknown = await failUntilThrottled(nobody(), attacker)
    expect(real.status).toBe(429)
    expect(unknown.status).toBe(429)
    expect(Number(real.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(unknown.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await unknown.text()).toBe(await real.text())
    // Even the right password waits at that address, and a forged X-Forwarded-For entry to the
    // left of the one the proxy appended changes nothing.
    expect((await login(PEOPLE.editor.email, PEOPLE.editor.password, attacker)).status).toBe(429)
    expect((await login(PEOPLE.editor.email, 'guess', `198.51.100.7, ${attacker}`)).status).toBe(429)
    // The owner, anywhere else, signs in.
    const owner = await login(PEOPLE.editor.email, PEOPLE.editor.password, nextAddress())
    expect(owner.status).toBe(200)
  })

  it('throttles GraphQL’s login the same way', async () => {
    const attacker = nextAddress()
    await failUntilThrottled(PEOPLE.campaigner.email, attacker)
    const query = `mutation { loginUser(email: "${PEOPLE.campaigner.email}", password: "${PEOPLE.campaigner.password}") { token } }`
    const response = await post('/graphql', { query }, attacker)
    const body = (await response.json()) as { data?: { loginUser: { token?: string } | null }; errors?: unknown[] }
    expect(body.data?.loginUser?.token).toBeUndefined()
    expect(JSON.stringify(body.errors)).toContain('Too many sign-in attempts')
  })
})

describe('POST /api/users/forgot-password', () => {
  it('answers the same for a real and an unknown account', async () => {
    const real = await post('/users/forgot-password', { email: PEOPLE.admin.email }, nextAddress())
    const unknown = await post('/users/forgot-password', { email: nobody() }, nextAddress())
    expect(real.status).toBe(200)
    expect(unknown.status).toBe(200)
    expect(await unknown.text()).toBe(await real.text())
  })

  it('is not offered through GraphQL, whose answer would wait for the account', async () => {
    const query = `mutation { forgotPasswordUser(email: "${PEOPLE.admin.email}") }`
    const body = (await (await post('/graphql', { query }, nextAddress())).json()) as { errors?: unknown[] }
    expect(body.errors?.length).toBeGreaterThan(0)
  })
})
