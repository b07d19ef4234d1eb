import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  BUILD_STATUS_PATH,
  type BuildStatus,
  NOTICE_MAX_AGE_MS,
  type RebuildNotice,
  SIGNATURE_HEADER,
  signBody,
  signNotice,
  statusToken,
} from '@vigil/shared'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { isLocal, mayControl } from '../../server/rebuild/controlAccess'
import { createRebuildServer } from '../../server/rebuild/rebuildServer'
import { SeenNotices } from '../../server/rebuild/seenNotices'

// The rebuild server over HTTP on loopback, with a stand-in for the scheduler that only counts.
const secret = 'a-webhook-secret-of-at-least-32-characters'
const STATUS = { state: 'idle', builds: { started: 0, succeeded: 0, failed: 0 } } as unknown as BuildStatus
let server: Server
let origin = ''
let notified: RebuildNotice[] = []

beforeAll(async () => {
  server = createRebuildServer(
    {
      notify: (notice?: RebuildNotice) => (notice && notified.push(notice), notified.length),
      status: () => STATUS,
    },
    '/hooks/rebuild',
    secret,
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => server.close())
beforeEach(() => {
  notified = []
})

let counter = 0
const notice = (noticeId = `notice-${++counter}-${Date.now()}`) => ({
  source: 'posts',
  event: 'publish' as const,
  id: 7,
  at: new Date().toISOString(),
  noticeId,
})
const post = (signed: { body: string; headers: Record<string, string> }) =>
  fetch(`${origin}/hooks/rebuild`, { method: 'POST', ...signed })
const ago = (ms: number) => new Date(Date.now() - ms)

describe('notices', () => {
  it('are accepted when signed, fresh and new', async () => {
    const response = await post(await signNotice(notice(), secret))
    expect(response.status).toBe(202)
    expect(await response.json()).toMatchObject({ accepted: true, build: 1 })
    expect(notified).toHaveLength(1)
  })

  it('are refused when replayed, and nothing more is built', async () => {
    const signed = await signNotice(notice(), secret)
    expect((await post(signed)).status).toBe(202)
    const replayed = await post(signed)
    expect(replayed.status).toBe(409)
    expect((await replayed.json()).message).toMatch(/accepted before/)
    expect(notified).toHaveLength(1)
  })

  it('are refused when signed more than five minutes ago, or too far ahead', async () => {
    for (const sentAt of [ago(NOTICE_MAX_AGE_MS + 5_000), ago(60 * 60_000), ago(-5 * 60_000)]) {
      const response = await post(await signNotice(notice(), secret, sentAt))
      expect(response.status).toBe(401)
      expect((await response.json()).message).toMatch(/signed at/)
    }
    expect(notified).toEqual([])
  })

  it('are accepted from a clock a little ahead, or signed a little while ago', async () => {
    expect((await post(await signNotice(notice(), secret, ago(-20_000)))).status).toBe(202)
    expect((await post(await signNotice(notice(), secret, ago(4 * 60_000)))).status).toBe(202)
    expect(notified).toHaveLength(2)
  })

  it('retried with the same id and a fresh time: accepted once, never twice', async () => {
    const first = notice()
    // The first attempt was refused (its clock was off): nothing was accepted, so a retry is.
    expect((await post(await signNotice(first, secret, ago(NOTICE_MAX_AGE_MS + 60_000)))).status).toBe(401)
    expect((await post(await signNotice(first, secret))).status).toBe(202)
    // Its answer was lost and the sender retries, signed afresh: refused as already accepted.
    expect((await post(await signNotice(first, secret, ago(-1_000)))).status).toBe(409)
    expect(notified.map((n) => n.noticeId)).toEqual([first.noticeId])
  })

  it('are refused unsigned, forged, or without an id or time', async () => {
    const { body } = await signNotice(notice(), secret)
    const unsigned = await fetch(`${origin}/hooks/rebuild`, { method: 'POST', body })
    expect(unsigned.status).toBe(401)
    const forged = await post(await signNotice(notice(), 'another-secret-of-at-least-32-characters'))
    expect(forged.status).toBe(401)
    for (const { noticeId, sentAt, ...old } of [{ ...notice(), sentAt: new Date().toISOString() }]) {
      for (const partial of [old, { ...old, noticeId }, { ...old, sentAt }]) {
        const raw = JSON.stringify(partial)
        const response = await fetch(`${origin}/hooks/rebuild`, {
          method: 'POST',
          body: raw,
          headers: { [SIGNATURE_HEADER]: await signBody(raw, secret) },
        })
        expect(response.status).toBe(400)
      }
    }
    expect(notified).toEqual([])
  })
})

describe('the status', () => {
  const status = (headers: Record<string, string> = {}) => fetch(`${origin}${BUILD_STATUS_PATH}`, { headers })

  it('answers a caller on this machine', async () => {
    const response = await status()
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual(STATUS)
  })

  // A request through a proxy stands for a caller elsewhere, though its connection is local.
  it('refuses a caller elsewhere without the token, and answers one with it', async () => {
    const proxied = { 'X-Forwarded-For': '203.0.113.9' }
    const refused = await status(proxied)
    expect(refused.status).toBe(401)
    expect(JSON.stringify(await refused.json())).not.toContain('builds')
    expect((await status({ ...proxied, Authorization: 'Bearer wrong' })).status).toBe(401)
    expect((await status({ ...proxied, Authorization: secret })).status).toBe(401)
    const allowed = await status({ ...proxied, Authorization: `Bearer ${await statusToken(secret)}` })
    expect(allowed.status).toBe(200)
    expect(await allowed.json()).toEqual(STATUS)
  })

  it('is decided by the connection’s address, forwarding headers and the token', async () => {
    const token = await statusToken(secret)
    for (const remoteAddress of ['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1'])
      expect(isLocal({ remoteAddress, headers: {} }), remoteAddress).toBe(true)
    for (const remoteAddress of ['203.0.113.9', '10.0.0.2', '::ffff:192.168.1.4', '2001:db8::1', undefined])
      expect(mayControl({ remoteAddress, headers: {} }, token), remoteAddress).toBe(false)
    expect(isLocal({ remoteAddress: '127.0.0.1', headers: { forwarded: 'for=203.0.113.9' } })).toBe(false)
    expect(mayControl({ remoteAddress: '203.0.113.9', headers: { authorization: `Bearer ${token}` } }, token)).toBe(
      true,
    )
    expect(token).not.toContain(secret)
  })
})

describe('the memory of accepted notices', () => {
  it('keeps an id only while its notice could still be accepted', () => {
    const seen = new SeenNotices()
    const now = Date.now()
    for (let i = 0; i < 100; i++) expect(seen.accept(`old-${i}`, now - 60_000, now)).toBe(true)
    expect(seen.accept('old-1', now - 60_000, now)).toBe(false)
    expect(seen.size).toBe(100)
    const later = now - 60_000 + NOTICE_MAX_AGE_MS + 1
    expect(seen.accept('new', later, later)).toBe(true)
    expect(seen.size).toBe(1)
  })
})
