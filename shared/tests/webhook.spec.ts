import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signBody, verifyBody } from '../src/webhook.ts'

const secret = 'a-webhook-secret-of-at-least-32-characters'
const body = JSON.stringify({ source: 'posts', event: 'publish', id: 7, at: '2026-11-26T08:00:00.000Z' })

describe('webhook signatures', () => {
  it('are HMAC-SHA256 of the exact body, hex, prefixed sha256=', async () => {
    const expected = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`
    expect(await signBody(body, secret)).toBe(expected)
  })

  it('verify for the same body and secret', async () => {
    expect(await verifyBody(body, await signBody(body, secret), secret)).toBe(true)
  })

  it.each([
    ['a changed body', async () => verifyBody(`${body} `, await signBody(body, secret), secret)],
    ['another secret', async () => verifyBody(body, await signBody(body, `${secret}x`), secret)],
    ['no signature', async () => verifyBody(body, undefined, secret)],
    ['a malformed signature', async () => verifyBody(body, 'sha256=xyz', secret)],
    ['a bare digest without the prefix', async () => verifyBody(body, (await signBody(body, secret)).slice(7), secret)],
  ])('refuse %s', async (_case, check) => {
    expect(await check()).toBe(false)
  })
})
