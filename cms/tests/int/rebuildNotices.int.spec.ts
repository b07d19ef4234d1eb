import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Payload, PayloadRequest } from 'payload'
import {
  BUILD_STATUS_PATH,
  NOTICE_ALREADY_ACCEPTED,
  openNotice,
  SIGNATURE_HEADER,
  statusToken,
  verifyBody,
} from '@vigil/shared'
import { siteBuildStatusEndpoint } from '../../src/endpoints/siteBuild'
import { ACTION_STATE_QUEUE } from '../../src/jobs/settleActionState'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { inMs, travelPast, useMovableClock, useRealClock } from '../helpers/clock'
import { createPublishedAction } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let stamp = 0
const unique = () => `${Date.now()}-${++stamp}`

async function rebuildJobs() {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { queue: { equals: 'rebuild' } },
    sort: 'createdAt',
    limit: 1000,
    depth: 0,
  })
  return docs
}

// A post saved as a draft only, never published.
const createDraftPost = (title: string) =>
  payload.create({ collection: 'posts', draft: true, data: { title, _status: 'draft' } })

let seen = 0
// The notices queued since the last call, as { source, event }.
async function newNotices() {
  const jobs = await rebuildJobs()
  const fresh = jobs.slice(seen)
  seen = jobs.length
  return fresh.map((job) => {
    const { source, event } = (job.input as { notice: { source: string; event: string } }).notice
    return `${source} ${event}`
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  // A test jumps past a closing time; the clock only ever moves forward, so notices stay in order.
  useMovableClock()
})
afterAll(useRealClock)
beforeEach(async () => {
  await newNotices()
})

describe('rebuild notices for posts (drafts)', () => {
  it('follow what visitors see: publish, edit, unpublish, delete; never drafts or autosaves', async () => {
    const post = await createDraftPost(`Draft ${unique()}`)
    expect(await newNotices()).toEqual([])
    await payload.update({ collection: 'posts', id: post.id, data: { _status: 'published' } })
    expect(await newNotices()).toEqual(['posts publish'])
    await payload.update({
      collection: 'posts',
      id: post.id,
      draft: true,
      data: { title: 'Draft edit', _status: 'draft' },
    })
    await payload.update({
      collection: 'posts',
      id: post.id,
      draft: true,
      autosave: true,
      data: { title: 'Autosaved' },
    })
    expect(await newNotices()).toEqual([])
    await payload.update({ collection: 'posts', id: post.id, data: { title: 'Edited live', _status: 'published' } })
    expect(await newNotices()).toEqual(['posts update'])
    await payload.update({ collection: 'posts', id: post.id, data: { _status: 'draft' } })
    expect(await newNotices()).toEqual(['posts unpublish'])
    await payload.update({ collection: 'posts', id: post.id, data: { _status: 'published' } })
    await newNotices()
    await payload.delete({ collection: 'posts', id: post.id })
    expect(await newNotices()).toEqual(['posts delete'])
  })

  it('go out when a scheduled publish fires', async () => {
    const post = await createDraftPost(`Later ${unique()}`)
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `scheduler-${unique()}@example.org`,
        password: 'a long password 1234',
        name: 'Scheduler',
        role: 'editor',
      },
    })
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'posts', value: post.id },
        user: { relationTo: 'users', value: user.id },
      },
    })
    expect(await newNotices()).toEqual([])
    await payload.jobs.runByID({ id: job.id })
    expect(await newNotices()).toEqual(['posts publish'])
  })

  it('say nothing when a draft that was never published is deleted', async () => {
    const post = await createDraftPost(`Draft ${unique()}`)
    await payload.delete({ collection: 'posts', id: post.id })
    expect(await newNotices()).toEqual([])
  })

  it('are not sent for changes made with rebuilds switched off (seeding)', async () => {
    await payload.create({
      collection: 'posts',
      data: { title: `Seeded ${unique()}`, slug: `seeded-${unique()}`, _status: 'published' },
      context: { disableRebuild: true },
    })
    expect(await newNotices()).toEqual([])
  })
})

describe('rebuild notices for everything else visitors see', () => {
  it.each([
    ['authors', { name: 'Guest Writer' }, { name: 'Guest Writer, edited' }],
    ['topics', { name: 'Aleppo' }, { name: 'Aleppo city' }],
  ] as const)('go out when %s change', async (collection, data, edit) => {
    const doc = await payload.create({ collection, data: { ...data, slug: `x-${unique()}` } })
    await payload.update({ collection, id: doc.id, data: edit })
    await payload.delete({ collection, id: doc.id })
    expect(await newNotices()).toEqual([`${collection} publish`, `${collection} update`, `${collection} delete`])
  })

  it('go out again when an action closes at its closing time, with no edit in between', async () => {
    const closesAt = inMs(3_600_000)
    const action = await createPublishedAction(payload, `closing-${unique()}`, { closesAt })
    expect(await newNotices()).toEqual(['actions publish'])
    await payload.update({ collection: 'actions', id: action.id, data: { title: 'Retitled', _status: 'published' } })
    expect(await newNotices()).toEqual(['actions update'])
    // The job that closes it saves it, and that save tells the site like any other.
    travelPast(closesAt)
    await payload.jobs.run({ queue: ACTION_STATE_QUEUE })
    expect(await newNotices()).toEqual(['actions update'])
    expect((await payload.findByID({ collection: 'actions', id: action.id })).status).toBe('closed')
  })

  it('go out when the site settings change', async () => {
    await payload.updateGlobal({ slug: 'site', data: { tagline: `Tagline ${unique()}` } })
    expect(await newNotices()).toEqual(['global:site update'])
  })
})

describe('delivery', () => {
  it('signs the body with WEBHOOK_SECRET, and retries until the rebuild server answers', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: `Live ${unique()}`, slug: `live-${unique()}`, _status: 'published' },
    })
    const [job] = (await rebuildJobs()).slice(-1)
    // Nothing listens yet: the attempt fails and the job stays queued for a retry.
    await payload.jobs.runByID({ id: job!.id })
    const failed = await payload.findByID({ collection: 'payload-jobs', id: job!.id, depth: 0 })
    expect(failed.completedAt).toBeFalsy()
    expect(failed.hasError).toBe(false)
    expect(failed.totalTried).toBe(1)

    const received: { body: string; signature: string | undefined }[] = []
    const server = createServer((req: IncomingMessage, res) => {
      let body = ''
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        received.push({ body, signature: req.headers[SIGNATURE_HEADER] as string | undefined })
        res.writeHead(202).end()
      })
    })
    const port = Number(new URL(process.env.REBUILD_WEBHOOK_URL!).port)
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    try {
      await payload.update({ collection: 'payload-jobs', id: job!.id, data: { waitUntil: new Date(0).toISOString() } })
      await payload.jobs.runByID({ id: job!.id })
    } finally {
      server.close()
    }
    // Delivered: the job is done and removed from the queue.
    const left = await payload.count({ collection: 'payload-jobs', where: { id: { equals: job!.id } } })
    expect(left.totalDocs).toBe(0)
    expect(received).toHaveLength(1)
    expect(JSON.parse(received[0]!.body)).toMatchObject({ source: 'posts', event: 'publish', id: post.id })
    expect(await verifyBody(received[0]!.body, received[0]!.signature, process.env.WEBHOOK_SECRET!)).toBe(true)
  })
})

// A stand-in rebuild server on REBUILD_WEBHOOK_URL's port, answering with `answer`.
async function standIn(answer: (req: IncomingMessage, body: string, res: ServerResponse) => void) {
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => answer(req, body, res))
  })
  const port = Number(new URL(process.env.REBUILD_WEBHOOK_URL!).port)
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { close: () => new Promise((resolve) => server.close(resolve)) }
}

describe('delivery across retries', () => {
  it('keeps the notice’s id, signs each attempt afresh, and counts "already accepted" as delivered', async () => {
    await payload.create({
      collection: 'posts',
      data: { title: `Retried ${unique()}`, slug: `retried-${unique()}`, _status: 'published' },
    })
    const [job] = (await rebuildJobs()).slice(-1)
    const queued = (job!.input as { notice: { noticeId: string } }).notice.noticeId
    expect(queued).toMatch(/^[\w-]{8,}$/)

    const attempts: { body: string; signature: string | undefined; before: number }[] = []
    let before = 0
    // The first attempt is lost (the server fails); the second finds the notice accepted already.
    const server = await standIn((req, body, res) => {
      attempts.push({ body, signature: req.headers[SIGNATURE_HEADER] as string | undefined, before })
      res.writeHead(attempts.length === 1 ? 502 : NOTICE_ALREADY_ACCEPTED).end()
    })
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        await payload.update({
          collection: 'payload-jobs',
          id: job!.id,
          data: { waitUntil: new Date(0).toISOString() },
        })
        before = Date.now()
        await payload.jobs.runByID({ id: job!.id })
      }
    } finally {
      await server.close()
    }
    expect(attempts).toHaveLength(2)
    for (const attempt of attempts) {
      const opened = await openNotice(attempt.body, attempt.signature, process.env.WEBHOOK_SECRET!)
      if (!opened.ok) throw new Error(opened.message)
      expect(opened.notice.noticeId).toBe(queued)
      // Signed when sent, not when queued: a notice retried for minutes is still fresh.
      expect(opened.sentAtMs).toBeGreaterThanOrEqual(attempt.before)
    }
    const left = await payload.count({ collection: 'payload-jobs', where: { id: { equals: job!.id } } })
    expect(left.totalDocs).toBe(0)
  })

  it('gives every notice its own id', async () => {
    await payload.updateGlobal({ slug: 'site', data: { tagline: `One ${unique()}` } })
    await payload.updateGlobal({ slug: 'site', data: { tagline: `Two ${unique()}` } })
    const ids = (await rebuildJobs()).map((job) => (job.input as { notice: { noticeId: string } }).notice.noticeId)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

describe('the build panel’s status', () => {
  it('is read from the rebuild server with its token, so it works from another host', async () => {
    const token = await statusToken(process.env.WEBHOOK_SECRET!)
    const server = await standIn((req, _body, res) => {
      const allowed = req.url === BUILD_STATUS_PATH && req.headers.authorization === `Bearer ${token}`
      res.writeHead(allowed ? 200 : 401, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(allowed ? { state: 'idle', builds: { started: 3 } } : { message: 'no' }))
    })
    try {
      const req = { user: { role: 'editor' } } as unknown as PayloadRequest
      const response = await siteBuildStatusEndpoint.handler(req)
      expect(await response.json()).toMatchObject({ available: true, state: 'idle', builds: { started: 3 } })
    } finally {
      await server.close()
    }
  })
})
