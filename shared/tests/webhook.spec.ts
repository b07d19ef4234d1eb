import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  NOTICE_MAX_AGE_MS,
  NOTICE_MAX_SKEW_MS,
  openNotice,
  SIGNATURE_HEADER,
  signBody,
  signNotice,
  statusToken,
  verifyBody,
} from '../src/webhook.ts'

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

describe('notices', () => {
  const notice = {
    source: 'posts',
    event: 'publish' as const,
    id: 7,
    at: '2026-11-26T08:00:00.000Z',
    noticeId: 'n-1234567',
  }
  const now = Date.parse('2026-11-26T08:00:10.000Z')
  const open = async (sentAt: number, at = now) => {
    const { body, headers } = await signNotice(notice, secret, new Date(sentAt))
    return openNotice(body, headers[SIGNATURE_HEADER], secret, at)
  }

  it('carry their id and the time they were signed, under the signature', async () => {
    const { body, headers } = await signNotice(notice, secret, new Date(now))
    expect(JSON.parse(body)).toEqual({ ...notice, sentAt: new Date(now).toISOString() })
    expect(await verifyBody(body, headers[SIGNATURE_HEADER], secret)).toBe(true)
    expect(await openNotice(body, headers[SIGNATURE_HEADER], secret, now)).toEqual({
      ok: true,
      notice: JSON.parse(body),
      sentAtMs: now,
    })
  })

  it('open within the window, a little clock skew ahead included', async () => {
    expect((await open(now - NOTICE_MAX_AGE_MS)).ok).toBe(true)
    expect((await open(now + NOTICE_MAX_SKEW_MS)).ok).toBe(true)
  })

  it('are refused when older than the window, or further ahead than the skew', async () => {
    expect(await open(now - NOTICE_MAX_AGE_MS - 1)).toMatchObject({ ok: false, status: 401 })
    expect(await open(now + NOTICE_MAX_SKEW_MS + 1)).toMatchObject({ ok: false, status: 401 })
  })

  it('are refused without an id, with a malformed one, or not JSON', async () => {
    for (const body of [
      JSON.stringify({ ...notice, noticeId: undefined, sentAt: new Date(now).toISOString() }),
      JSON.stringify({ ...notice, noticeId: 'x', sentAt: new Date(now).toISOString() }),
      JSON.stringify({ ...notice, sentAt: 'yesterday' }),
      'not json',
    ])
      expect(await openNotice(body, await signBody(body, secret), secret, now)).toMatchObject({
        ok: false,
        status: 400,
      })
  })
})

describe('the status token', () => {
  it('is derived from the secret, stable, and not the secret', async () => {
    const token = await statusToken(secret)
    expect(token).toMatch(/^[0-9a-f]{64}$/)
    expect(await statusToken(secret)).toBe(token)
    expect(await statusToken(`${secret}x`)).not.toBe(token)
  })
})
