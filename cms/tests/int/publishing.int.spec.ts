import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createActors, getTestPayload, type Actor } from '../helpers/payload'

let payload: Payload
let editor: Actor

beforeAll(async () => {
  payload = await getTestPayload()
  editor = (await createActors(payload)).editor
})

const visitorRead = (id: number) =>
  payload
    .findByID({ collection: 'posts', id, overrideAccess: false, user: null })
    .then((post) => post.title)
    .catch(() => null)

describe('slugs and dates', () => {
  it('makes the slug from the title when the editor leaves it empty', async () => {
    // The slug is required in the generated types; here it is left out on purpose.
    const data = { title: 'Déjà vu: Aleppo & Idlib, 2016' } as { title: string; slug: string }
    const post = await payload.create({ collection: 'posts', data })
    expect(post.slug).toBe('deja-vu-aleppo-and-idlib-2016')
  })

  it('normalises a slug the editor typed with spaces and capitals', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Typed slug', slug: 'Not A Slug!' },
      overrideAccess: false,
      user: editor.user,
    })
    expect(post.slug).toBe('not-a-slug')
  })

  it('refuses a slug with no letters or digits, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'topics' })).totalDocs
    await expect(payload.create({ collection: 'topics', data: { name: '!!!', slug: '--' } })).rejects.toThrow(/slug/i)
    expect((await payload.count({ collection: 'topics' })).totalDocs).toBe(before)
  })

  it('refuses a second post with the same slug', async () => {
    await payload.create({ collection: 'posts', data: { title: 'Only once', slug: 'only-once' } })
    await expect(payload.create({ collection: 'posts', data: { title: 'Twice', slug: 'only-once' } })).rejects.toThrow()
  })

  it('stamps the publication date on first publish but keeps a back-dated one', async () => {
    // Between the moments before and after publishing, however long that took.
    const before = Date.now()
    const fresh = await payload.create({
      collection: 'posts',
      data: { title: 'Fresh news', slug: 'fresh-news', _status: 'published' },
    })
    const stamped = new Date(fresh.publishedAt!).getTime()
    expect(stamped).toBeGreaterThanOrEqual(before)
    expect(stamped).toBeLessThanOrEqual(Date.now())
    const backDated = await payload.create({
      collection: 'posts',
      data: {
        title: 'From the archive',
        slug: 'from-the-archive',
        publishedAt: '2016-03-09T09:00:00.000Z',
        _status: 'published',
      },
    })
    expect(backDated.publishedAt).toBe('2016-03-09T09:00:00.000Z')
  })
})

describe('drafts and versions', () => {
  it('keeps a draft away from visitors until it is published', async () => {
    const draft = await payload.create({ collection: 'posts', draft: true, data: { title: 'Embargoed report' } })
    expect(await visitorRead(draft.id)).toBeNull()
    await payload.update({ collection: 'posts', id: draft.id, data: { _status: 'published' } })
    expect(await visitorRead(draft.id)).toBe('Embargoed report')
  })

  it('serves the published version while a newer draft is being written', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Live title', slug: 'live-title', _status: 'published' },
    })
    await payload.update({ collection: 'posts', id: post.id, draft: true, data: { title: 'Work in progress' } })
    expect(await visitorRead(post.id)).toBe('Live title')
    const versions = await payload.findVersions({ collection: 'posts', where: { parent: { equals: post.id } } })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
  })
})

describe('scheduled publishing', () => {
  // The same job the admin's "Schedule publish" drawer queues.
  async function schedule(id: number, at: Date) {
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'posts', value: id },
        user: { relationTo: 'users', value: editor.user!.id },
      },
      waitUntil: at,
    })
  }

  it('publishes a draft once its time has come, and not before', async () => {
    const due = await payload.create({ collection: 'posts', draft: true, data: { title: 'Due now' } })
    const later = await payload.create({ collection: 'posts', draft: true, data: { title: 'Due tomorrow' } })
    await schedule(due.id, new Date(Date.now() - 1000))
    await schedule(later.id, new Date(Date.now() + 24 * 60 * 60 * 1000))

    await payload.jobs.run({ queue: 'default' })

    expect(await visitorRead(due.id)).toBe('Due now')
    expect(await visitorRead(later.id)).toBeNull()
  })

  it('runs the queue on its own while the CMS is up', () => {
    const autoRun = payload.config.jobs.autoRun
    const runs = typeof autoRun === 'function' ? [] : (autoRun ?? [])
    expect(runs.map((run) => run.queue)).toContain('default')
  })
})

describe('consent wording', () => {
  it('starts at version 1 and goes up only when the wording changes', async () => {
    const action = await payload.create({
      collection: 'actions',
      data: {
        title: 'Free them',
        slug: 'free-them',
        status: 'open',
        summary: 's',
        targets: 't',
        goal: 10,
        consent: { text: 'Email me.' },
        _status: 'published',
      },
    })
    expect(action.consent.version).toBe(1)
    const retitled = await payload.update({ collection: 'actions', id: action.id, data: { title: 'Free them all' } })
    expect(retitled.consent.version).toBe(1)
    const reworded = await payload.update({
      collection: 'actions',
      id: action.id,
      data: { consent: { text: 'Email me about this campaign only.' } },
    })
    expect(reworded.consent.version).toBe(2)
  })
})
