import type { Payload, PayloadRequest } from 'payload'
import { randomBytes } from 'node:crypto'
import { DEFAULT_CONSENT } from '../collections/Actions'
import { actions } from './data/actions'
import { authors } from './data/authors'
import { posts } from './data/posts'
import { site } from './data/site'
import { topics } from './data/topics'
import { drawHeroImage } from './images'
import { resolveRichText, type Refs } from './richText'
import type { Media } from '../payload-types'
import type { SeedImage } from './types'

export interface SeedOptions {
  adminEmail?: string
  adminPassword?: string
  log?: (line: string) => void
}

export interface SeedResult {
  created: number
  skipped: number
  admin?: { email: string; password?: string; generated: boolean }
}

// Seeding must not trigger site rebuilds per document; the caller builds once at the end.
const context = { disableRebuild: true, seeding: true }
const IMAGE_CREDIT = 'Illustration drawn for the Vigil demo'

// Generated types carry SQLite's numeric ids; on MongoDB the same values are strings, passed through untouched.
type Id = Media['id']

// Idempotent: every document is looked up by its slug (or file name) and only created when missing.
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const log = options.log ?? ((line: string) => payload.logger.info(line))
  const result: SeedResult = { created: 0, skipped: 0 }
  const req = { context } as Partial<PayloadRequest>

  async function findId(collection: 'topics' | 'authors' | 'posts' | 'actions', slug: string): Promise<Id | undefined> {
    const found = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      draft: true,
      req,
    })
    return found.docs[0]?.id
  }

  function step(kind: string, index: number, total: number, label: string, created: boolean) {
    if (created) result.created++
    else result.skipped++
    log(`${kind} ${index + 1}/${total} ${created ? 'created' : 'exists '} · ${label}`)
  }

  const mediaIds = new Map<string, Id>()
  async function ensureImage(image: SeedImage): Promise<Id> {
    const filename = `${image.key}.jpg`
    const existing = await payload.find({
      collection: 'media',
      where: { filename: { equals: filename } },
      limit: 1,
      depth: 0,
      req,
    })
    if (existing.docs[0]) {
      mediaIds.set(image.key, existing.docs[0].id)
      return existing.docs[0].id
    }
    const data = await drawHeroImage(image)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: image.alt, caption: image.caption, credit: IMAGE_CREDIT, focalX: 50, focalY: 60 },
      file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
      req,
    })
    result.created++
    mediaIds.set(image.key, doc.id)
    return doc.id
  }

  // Finds each item by slug, creates the missing ones, logs a line per item; returns slug → id.
  async function ensureEach<T extends { slug: string }>(
    kind: string,
    collection: 'topics' | 'authors' | 'posts' | 'actions',
    items: T[],
    label: (item: T) => string,
    create: (item: T) => Promise<Id>,
  ): Promise<Map<string, Id>> {
    const ids = new Map<string, Id>()
    for (const [i, item] of items.entries()) {
      const existing = await findId(collection, item.slug)
      ids.set(item.slug, existing ?? (await create(item)))
      step(kind, i, items.length, label(item), existing === undefined)
    }
    return ids
  }

  const lookup = (map: () => Map<string, Id>, kind: string) => (key: string) => {
    const id = map().get(key)
    if (id === undefined) throw new Error(`Seed data refers to unknown ${kind} "${key}"`)
    return id
  }

  const topicIds = await ensureEach(
    'topic ',
    'topics',
    topics,
    (topic) => topic.name,
    async (topic) => {
      return (await payload.create({ collection: 'topics', data: topic, req })).id
    },
  )
  const authorIds = await ensureEach(
    'author',
    'authors',
    authors,
    (author) => author.name,
    async (author) => {
      return (await payload.create({ collection: 'authors', data: author, req })).id
    },
  )
  const topicId = lookup(() => topicIds, 'topic')
  const authorId = lookup(() => authorIds, 'author')

  let actionIds = new Map<string, Id>()
  const refs: Refs = { actionId: lookup(() => actionIds, 'action'), mediaId: lookup(() => mediaIds, 'image') }
  actionIds = await ensureEach(
    'action',
    'actions',
    actions,
    (action) => action.title,
    async (action) => {
      const { hero, ask, topics: actionTopics, ...fields } = action
      const doc = await payload.create({
        collection: 'actions',
        data: {
          ...fields,
          heroImage: await ensureImage(hero),
          ask: resolveRichText(ask, refs) as never,
          topics: actionTopics.map(topicId),
          consent: { text: DEFAULT_CONSENT },
          _status: 'published',
        },
        req,
      })
      return doc.id
    },
  )

  await ensureEach(
    'post  ',
    'posts',
    posts,
    (post) => post.title,
    async (post) => {
      const { hero, images = [], body, authors: postAuthors, topics: postTopics, relatedAction, ...fields } = post
      for (const inline of images) await ensureImage(inline)
      const doc = await payload.create({
        collection: 'posts',
        data: {
          ...fields,
          heroImage: await ensureImage(hero),
          body: resolveRichText(body, refs) as never,
          authors: postAuthors.map(authorId),
          topics: postTopics.map(topicId),
          relatedAction: relatedAction ? refs.actionId(relatedAction) : undefined,
          _status: 'published',
        },
        req,
      })
      return doc.id
    },
  )

  const current = await payload.findGlobal({ slug: 'site', depth: 0, req })
  const siteIsNew = !current.menu?.length
  if (siteIsNew) await payload.updateGlobal({ slug: 'site', data: site, req })
  step('site  ', 0, 1, 'menu, footer and social accounts', siteIsNew)

  result.admin = await ensureAdmin(payload, options, req)
  log(`admin    ${result.admin.generated ? 'created' : 'exists '} · ${result.admin.email}`)
  return result
}

async function ensureAdmin(
  payload: Payload,
  options: SeedOptions,
  req: Partial<PayloadRequest>,
): Promise<NonNullable<SeedResult['admin']>> {
  const email = options.adminEmail ?? 'admin@example.org'
  const existing = await payload.find({
    collection: 'users',
    where: { role: { equals: 'admin' } },
    limit: 1,
    depth: 0,
    req,
  })
  if (existing.docs[0]) return { email: existing.docs[0].email, generated: false }
  const password = options.adminPassword ?? randomBytes(15).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Site administrator', role: 'admin' },
    req,
  })
  return { email, password: options.adminPassword ? undefined : password, generated: true }
}
