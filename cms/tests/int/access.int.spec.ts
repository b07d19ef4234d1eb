import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createFixtures, pixelPng } from '../helpers/fixtures'
import { type Actor, createActors, getTestPayload } from '../helpers/payload'

type Who = 'visitor' | 'editor' | 'campaigner' | 'admin'
type Fixtures = Awaited<ReturnType<typeof createFixtures>>

let payload: Payload
let actors: Record<Who, Actor>
let fx: Fixtures

beforeAll(async () => {
  payload = await getTestPayload()
  actors = await createActors(payload)
  fx = await createFixtures(payload)
})

// Every call goes through access control, as a request made on that person's behalf would.
const as = (who: Who) => ({ overrideAccess: false, user: actors[who].user })

async function allowed(operation: () => Promise<unknown>): Promise<boolean> {
  try {
    await operation()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return false
    throw error
  }
}

const ALL: Who[] = ['visitor', 'editor', 'campaigner', 'admin']
const STAFF: Who[] = ['editor', 'campaigner', 'admin']
const HANDLERS: Who[] = ['campaigner', 'admin']
const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`

interface Row {
  collection: Exclude<CollectionSlug, 'users' | `payload-${string}`>
  existing: (fx: Fixtures) => { id: number }
  make: (fx: Fixtures) => Record<string, unknown>
  edit: Record<string, unknown>
  withFile?: boolean
  read: Who[]
  create: Who[]
  update: Who[]
  remove: Who[]
}

// Who may read, create, update and delete, per collection. Visitors create signatures only through
// the sign endpoint; campaigners may type in signatures collected on paper.
const MATRIX: Row[] = [
  {
    collection: 'posts',
    existing: (f) => f.post,
    make: () => ({ title: 'New post', slug: `new-post-${unique()}` }),
    edit: { excerpt: 'Edited lead' },
    read: ALL,
    create: STAFF,
    update: STAFF,
    remove: STAFF,
  },
  {
    collection: 'actions',
    existing: (f) => f.action,
    make: () => ({
      title: 'New action',
      slug: `new-action-${unique()}`,
      status: 'open',
      summary: 's',
      targets: 't',
      goal: 5,
      consent: { text: 'c' },
    }),
    edit: { summary: 'Edited summary' },
    read: ALL,
    create: STAFF,
    update: STAFF,
    remove: STAFF,
  },
  {
    collection: 'authors',
    existing: (f) => f.author,
    make: () => ({ name: 'New author', slug: `new-author-${unique()}` }),
    edit: { bio: 'Edited bio' },
    read: ALL,
    create: STAFF,
    update: STAFF,
    remove: STAFF,
  },
  {
    collection: 'topics',
    existing: (f) => f.topic,
    make: () => ({ name: 'New topic', slug: `new-topic-${unique()}` }),
    edit: { description: 'Edited description' },
    read: ALL,
    create: STAFF,
    update: STAFF,
    remove: STAFF,
  },
  {
    collection: 'media',
    existing: (f) => f.media,
    make: () => ({ alt: 'A single pixel' }),
    edit: { alt: 'Edited alt text' },
    withFile: true,
    read: ALL,
    create: STAFF,
    update: STAFF,
    remove: STAFF,
  },
  {
    collection: 'signatures',
    existing: (f) => f.signature,
    make: (f) => ({
      action: f.action.id,
      name: 'Sam Signer',
      email: `sam-${unique()}@example.org`,
      emailKey: unique(),
      country: 'FR',
    }),
    edit: { country: 'DE' },
    read: HANDLERS,
    create: HANDLERS,
    update: [],
    remove: HANDLERS,
  },
]

const verb = (yes: boolean) => (yes ? 'can' : 'cannot')

describe.each(MATRIX)('$collection', (row) => {
  const { collection } = row
  const file = () => (row.withFile ? { file: pixelPng(`pixel-${unique()}.png`) } : {})

  describe.each(ALL)('as %s', (who) => {
    it(`${verb(row.read.includes(who))} read by id and in lists`, async () => {
      const { id } = row.existing(fx)
      expect(await allowed(() => payload.findByID({ collection, id, ...as(who) }))).toBe(row.read.includes(who))
      const list = await payload.find({ collection, limit: 100, ...as(who) }).catch(() => ({ docs: [] }))
      expect(list.docs.some((doc) => doc.id === id)).toBe(row.read.includes(who))
    })

    it(`${verb(row.create.includes(who))} create`, async () => {
      const data = row.make(fx)
      expect(await allowed(() => payload.create({ collection, data: data as never, ...file(), ...as(who) }))).toBe(
        row.create.includes(who),
      )
    })

    it(`${verb(row.update.includes(who))} update`, async () => {
      const { id } = row.existing(fx)
      const before = (await payload.findByID({ collection, id, depth: 0 })) as unknown as Record<string, unknown>
      const ok = await allowed(() => payload.update({ collection, id, data: row.edit as never, ...as(who) }))
      expect(ok).toBe(row.update.includes(who))
      const after = (await payload.findByID({ collection, id, depth: 0 })) as unknown as Record<string, unknown>
      const [field, value] = Object.entries(row.edit)[0]!
      expect((after as Record<string, unknown>)[field]).toBe(ok ? value : (before as Record<string, unknown>)[field])
    })

    it(`${verb(row.remove.includes(who))} delete`, async () => {
      const victim = await payload.create({ collection, data: row.make(fx) as never, ...file() })
      expect(await allowed(() => payload.delete({ collection, id: victim.id, ...as(who) }))).toBe(
        row.remove.includes(who),
      )
      const left = await payload.find({ collection, where: { id: { equals: victim.id } }, draft: true })
      expect(left.totalDocs).toBe(row.remove.includes(who) ? 0 : 1)
    })
  })
})

describe.each(['posts', 'actions'] as const)('drafts of %s', (collection) => {
  const draftOf = (f: Fixtures) => (collection === 'posts' ? f.draftPost : f.draftAction)

  it.each(ALL)('as %s: a draft is visible only to staff', async (who) => {
    const { id } = draftOf(fx)
    const visible = await allowed(() => payload.findByID({ collection, id, draft: true, ...as(who) }))
    expect(visible).toBe(STAFF.includes(who))
    const list = await payload.find({ collection, draft: true, limit: 100, ...as(who) })
    expect(list.docs.some((doc) => doc.id === id)).toBe(STAFF.includes(who))
  })

  it.each(ALL)('as %s: unpublished edits of a published document are visible only to staff', async (who) => {
    const published = collection === 'posts' ? fx.post : fx.action
    const secret = `Unpublished change ${unique()}`
    await payload.update({ collection, id: published.id, draft: true, data: { title: secret } })
    const seen = await payload.findByID({ collection, id: published.id, draft: true, ...as(who) })
    expect(seen.title === secret).toBe(STAFF.includes(who))
    const publicView = await payload.findByID({ collection, id: published.id, ...as(who) })
    expect(publicView.title).not.toBe(secret)
  })

  it.each(ALL)('as %s: the version history is open only to staff', async (who) => {
    const versions = await payload
      .findVersions({ collection, ...as(who) })
      .then((result) => result.totalDocs)
      .catch(() => 0)
    expect(versions > 0).toBe(STAFF.includes(who))
  })
})

describe('users', () => {
  it.each(ALL)('as %s: sees only what the role allows', async (who) => {
    const list = await payload.find({ collection: 'users', limit: 100, ...as(who) }).catch(() => ({ docs: [] }))
    const emails = list.docs.map((user) => user.email).sort()
    if (who === 'admin') expect(emails.length).toBeGreaterThanOrEqual(3)
    else if (who === 'visitor') expect(emails).toEqual([])
    else expect(emails).toEqual([actors[who].user!.email])
  })

  it.each(['editor', 'campaigner'] as const)('as %s: cannot make themselves admin', async (who) => {
    const self = actors[who].user!
    await payload.update({ collection: 'users', id: self.id, data: { role: 'admin' }, ...as(who) }).catch(() => null)
    const stored = await payload.findByID({ collection: 'users', id: self.id })
    expect(stored.role).toBe(who)
  })

  it.each(['visitor', 'editor', 'campaigner'] as const)('as %s: cannot create users', async (who) => {
    const data = {
      email: `intruder-${unique()}@example.org`,
      password: 'a long enough password',
      name: 'x',
      role: 'admin' as const,
    }
    expect(await allowed(() => payload.create({ collection: 'users', data, ...as(who) }))).toBe(false)
  })
})

describe('fields only the server writes', () => {
  it.each(STAFF)('as %s: cannot set an action’s public signature count', async (who) => {
    await payload.update({ collection: 'actions', id: fx.action.id, data: { signatureCount: 999_999 }, ...as(who) })
    // What is stored is a count the server made of the signatures (at most as many as there are:
    // it is refreshed once per window), never the number sent.
    const stored = await payload.db.findOne<{ id: number; signatureCount: number }>({
      collection: 'actions',
      where: { id: { equals: fx.action.id } },
    })
    const signed = await payload.count({ collection: 'signatures', where: { action: { equals: fx.action.id } } })
    expect(stored!.signatureCount).toBeLessThanOrEqual(signed.totalDocs)
  })
})

describe('site settings', () => {
  it.each(ALL)('as %s: can read the site global', async (who) => {
    const site = await payload.findGlobal({ slug: 'site', ...as(who) })
    expect(site.name).toBe('Vigil')
  })

  it.each(ALL)('as %s: %s update the site global', async (who) => {
    const ok = await allowed(() => payload.updateGlobal({ slug: 'site', data: { tagline: `By ${who}` }, ...as(who) }))
    expect(ok).toBe(STAFF.includes(who))
  })
})
