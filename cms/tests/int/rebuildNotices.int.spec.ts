import { createServer, type IncomingMessage } from 'node:http'
import type { Payload } from 'payload'
import { SIGNATURE_HEADER, verifyBody } from '@vigil/shared'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
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
})
beforeEach(async () => {
  await newNotices()
})

describe('rebuild notices for posts (drafts)', () => {
  it('follow what visitors see: publish, edit, unpublish, delete; never drafts or autosaves', async () => {
    const post = await payload.create({
      collection: 'posts',
      draft: true,
      data: { title: `Draft ${unique()}`, _status: 'draft' },
    })
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
    const post = await payload.create({
      collection: 'posts',
      draft: true,
      data: { title: `Later ${unique()}`, _status: 'draft' },
    })
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
    const post = await payload.create({
      collection: 'posts',
      draft: true,
      data: { title: `Draft ${unique()}`, _status: 'draft' },
    })
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

  it('go out again at an action’s closing time, scheduled once per closing time', async () => {
    const closesAt = new Date(Date.now() + 3_600_000).toISOString()
    const action = await createPublishedAction(payload, `closing-${unique()}`, { closesAt })
    const jobs = (await rebuildJobs()).slice(seen)
    expect((await newNotices()).sort()).toEqual(['actions publish', 'actions update'])
    expect(jobs.map((job) => job.waitUntil ?? '').sort()).toEqual(['', closesAt])
    await payload.update({ collection: 'actions', id: action.id, data: { title: 'Retitled', _status: 'published' } })
    expect(await newNotices()).toEqual(['actions update'])
    const later = new Date(Date.now() + 7_200_000).toISOString()
    await payload.update({ collection: 'actions', id: action.id, data: { closesAt: later, _status: 'published' } })
    expect(await newNotices()).toEqual(['actions update', 'actions update'])
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
