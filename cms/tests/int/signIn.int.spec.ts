import crypto from 'node:crypto'
import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { PASSWORD_HASH } from '../../src/auth/dummyPasswordCheck'
import { THROTTLED_MESSAGE } from '../../src/auth/signInThrottled'
import { env } from '../../src/env'
import { PEER_HEADER } from '../../src/http/serverHandoff'
import { getTestPayload } from '../helpers/payload'

// Staff sign-in through Payload's REST router, in process, as the admin's login form calls it.
// Each test speaks from addresses of its own (the socket peer server.ts passes on), since the
// throttle counts per address.
let payload: Payload
let peers = 0
const nextAddress = () => `192.0.2.${++peers}`
const PASSWORD = 'the owner’s real password 42'
let owner = ''

function post(route: 'login' | 'forgot-password', body: Record<string, unknown>, address: string) {
  const request = new Request(`http://localhost:3000/api/users/${route}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [PEER_HEADER]: address },
    body: JSON.stringify(body),
  })
  return handleEndpoints({ config, request })
}
const login = (email: string, password: string, address: string) => post('login', { email, password }, address)

async function makeAccount(): Promise<string> {
  const email = `staff-${crypto.randomUUID()}@example.org`
  await payload.create({ collection: 'users', data: { email, password: PASSWORD, name: 'Staff', role: 'editor' } })
  return email
}
const nobody = () => `nobody-${crypto.randomUUID()}@example.org`

beforeAll(async () => {
  payload = await getTestPayload()
  owner = await makeAccount()
})
afterEach(() => vi.restoreAllMocks())

describe('answers that tell nothing about accounts', () => {
  it('answers an unknown email byte for byte as a wrong password', async () => {
    const wrong = await login(owner, 'not the password', nextAddress())
    const unknown = await login(nobody(), 'not the password', nextAddress())
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(wrong.status)
    expect(await unknown.text()).toBe(await wrong.text())
  })

  it('makes an unknown email cost the same password hashing as a wrong password', async () => {
    // Every PBKDF2 run, Payload's and ours, goes through crypto.pbkdf2 on the module object.
    const runs = vi.spyOn(crypto, 'pbkdf2')
    await login(owner, 'not the password', nextAddress())
    const forWrongPassword = runs.mock.calls.map((call) => call.slice(2, 5))
    runs.mockClear()
    await login(nobody(), 'not the password', nextAddress())
    const forUnknownEmail = runs.mock.calls.map((call) => call.slice(2, 5))
    expect(forWrongPassword).toEqual([[PASSWORD_HASH.iterations, PASSWORD_HASH.keyLength, PASSWORD_HASH.digest]])
    expect(forUnknownEmail).toEqual(forWrongPassword)
  })

  it('answers forgot-password the same for a real and an unknown account', async () => {
    const real = await post('forgot-password', { email: await makeAccount() }, nextAddress())
    const unknown = await post('forgot-password', { email: nobody() }, nextAddress())
    expect(real.status).toBe(200)
    expect(unknown.status).toBe(real.status)
    expect(await unknown.text()).toBe(await real.text())
  })

  it('answers forgot-password before doing anything for the account, then sends the reset', async () => {
    // Payload's own route answers only after saving the reset token and sending the mail, so the
    // time it took told a real account from an unknown one. Hold the mail until the answer is in.
    const email = await makeAccount()
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    let mailed = () => {}
    const mailCalled = new Promise<string>((resolve) => (mailed = () => resolve('mail')))
    const send = vi.spyOn(payload.email, 'sendEmail').mockImplementation(async () => (mailed(), held))
    const answer = post('forgot-password', { email }, nextAddress()).then(() => 'answer')
    try {
      expect(await Promise.race([answer, mailCalled])).toBe('answer')
    } finally {
      release()
    }
    await vi.waitFor(() => expect(send).toHaveBeenCalledOnce(), { timeout: 10_000 })
    await vi.waitFor(
      async () => {
        const stored = await payload.db.findOne<{ id: number | string; resetPasswordToken?: string }>({
          collection: 'users',
          where: { email: { equals: email } },
        })
        expect(stored?.resetPasswordToken).toBeTruthy()
      },
      { timeout: 10_000 },
    )
  })
})

describe('throttling failures without locking anyone out', () => {
  it('never locks the account: after failures from one address its owner signs in from another', async () => {
    const email = await makeAccount()
    const attacker = nextAddress()
    const answers: number[] = []
    for (let attempt = 0; attempt < env.SIGN_IN_FAILURES_PER_ACCOUNT + 3; attempt++) {
      answers.push((await login(email, `guess ${attempt}`, attacker)).status)
    }
    expect(answers.at(-1)).toBe(429)
    expect((await login(email, PASSWORD, nextAddress())).status).toBe(200)
    // Nor does the Local API see a locked account.
    await expect(payload.login({ collection: 'users', data: { email, password: PASSWORD } })).resolves.toHaveProperty(
      'token',
    )
  })

  it('throttles an address per account after SIGN_IN_FAILURES_PER_ACCOUNT failures, with Retry-After', async () => {
    const email = await makeAccount()
    const address = nextAddress()
    for (let attempt = 0; attempt < env.SIGN_IN_FAILURES_PER_ACCOUNT; attempt++) {
      expect((await login(email, `guess ${attempt}`, address)).status).toBe(401)
    }
    const refused = await login(email, PASSWORD, address)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.json()).toEqual({ errors: [{ message: THROTTLED_MESSAGE }] })
  })

  it('gives a throttled address the same answer for a real and an unknown account', async () => {
    const address = nextAddress()
    const throttledAnswer = async (email: string) => {
      for (let attempt = 0; attempt < env.SIGN_IN_FAILURES_PER_ACCOUNT; attempt++) await login(email, 'guess', address)
      return login(email, 'guess', address)
    }
    const real = await throttledAnswer(owner)
    const unknown = await throttledAnswer(nobody())
    expect(real.status).toBe(429)
    expect(unknown.status).toBe(real.status)
    expect(unknown.headers.get('retry-after')).toBeTruthy()
    expect(await unknown.text()).toBe(await real.text())
  })

  it('throttles an address that tries many accounts, whichever account it names next', async () => {
    const address = nextAddress()
    for (let attempt = 0; attempt < env.SIGN_IN_FAILURES_PER_ADDRESS; attempt++) {
      expect((await login(nobody(), 'guess', address)).status).toBe(401)
    }
    const real = await login(owner, PASSWORD, address)
    const unknown = await login(nobody(), 'guess', address)
    expect(real.status).toBe(429)
    expect(await unknown.text()).toBe(await real.text())
    // Forgot-password from that address is throttled too; elsewhere the owner is not.
    expect((await post('forgot-password', { email: owner }, address)).status).toBe(429)
    expect((await login(owner, PASSWORD, nextAddress())).status).toBe(200)
  })

  it('forgives the mistakes of an owner who then signs in', async () => {
    const email = await makeAccount()
    const address = nextAddress()
    const mistakes = env.SIGN_IN_FAILURES_PER_ACCOUNT - 1
    for (let attempt = 0; attempt < mistakes; attempt++) await login(email, 'typo', address)
    expect((await login(email, PASSWORD, address)).status).toBe(200)
    for (let attempt = 0; attempt < mistakes; attempt++) {
      expect((await login(email, 'typo', address)).status).toBe(401)
    }
  })
})
