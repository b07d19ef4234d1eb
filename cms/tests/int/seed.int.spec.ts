import type { Payload } from 'payload'
import { catalogue } from '@vigil/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SeedResult } from '../../src/seed'
import { seed } from '../../src/seed'
import { LANGUAGES } from '../../src/seed/data/languages'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let first: SeedResult
const lines: string[] = []

beforeAll(async () => {
  payload = await getTestPayload()
  first = await seed(payload, { log: (line) => lines.push(line) })
}, 180_000)

// Every dated entry of the reference campaign page, newest first.
const REFERENCE_DATES = [
  '2018-03-02',
  '2018-02-21',
  '2017-04-18',
  '2017-04-04',
  '2017-03-15',
  '2016-12-22',
  '2016-12-20',
  '2016-12-16',
  '2016-09-07',
  '2016-08-22',
  '2016-08-18',
  '2016-06-20',
  '2016-03-25',
  '2016-03-16',
  '2016-03-09',
]

const asVisitor = { overrideAccess: false, user: null } as const

describe('demo content', () => {
  it('publishes one post for every dated entry of the reference page, newest first', async () => {
    const posts = await payload.find({ collection: 'posts', sort: '-publishedAt', limit: 100, ...asVisitor })
    expect(posts.docs.map((post) => post.publishedAt?.slice(0, 10))).toEqual(REFERENCE_DATES)
  })

  it('gives every post a hero image with alt text and credit, an excerpt and a body', async () => {
    const posts = await payload.find({ collection: 'posts', limit: 100, depth: 1, ...asVisitor })
    for (const post of posts.docs) {
      const hero = post.heroImage
      expect(typeof hero === 'object' && hero?.alt, post.title).toBeTruthy()
      expect(typeof hero === 'object' && hero?.credit).toBe('Illustration drawn for the Vigil demo')
      expect(post.excerpt?.length).toBeGreaterThan(40)
      expect(post.body?.root.children.length).toBeGreaterThan(0)
    }
  })

  it('marks every pull quote as paraphrased and attributes it', async () => {
    const posts = await payload.find({ collection: 'posts', limit: 100, ...asVisitor })
    const quotes = posts.docs.flatMap((post) =>
      (post.body?.root.children ?? []).filter(
        (node) => node.type === 'block' && (node.fields as { blockType?: string }).blockType === 'pullQuote',
      ),
    )
    expect(quotes.length).toBeGreaterThanOrEqual(4)
    for (const quote of quotes) {
      const fields = quote.fields as { attribution: string; paraphrased: boolean }
      expect(fields.paraphrased).toBe(true)
      expect(fields.attribution).toMatch(/\w+/)
    }
  })

  it('keeps the numbered facts of 9 March 2016 as an ordered list', async () => {
    const { docs } = await payload.find({
      collection: 'posts',
      where: { slug: { equals: 'syria-five-years-on-the-facts' } },
      ...asVisitor,
    })
    const list = docs[0]?.body?.root.children.find((node) => node.type === 'list') as unknown as {
      tag: string
      children: unknown[]
    }
    expect(list.tag).toBe('ol')
    expect(list.children).toHaveLength(3)
  })

  it('names the authors with their roles and social handles', async () => {
    const authors = await payload.find({ collection: 'authors', limit: 100, ...asVisitor })
    const byName = Object.fromEntries(authors.docs.map((author) => [author.name, author]))
    expect(byName['Anna Neistat']?.roleLine).toMatch(/senior director for research/i)
    expect(byName['Salil Shetty']?.socials?.[0]?.handle).toBe('@SalilShetty')
    expect(byName['Gloria Nafziger']?.socials?.[0]?.handle).toBe('@refugeescanada')
    expect(authors.totalDocs).toBe(6)
  })

  it('runs the Eastern Ghouta petition as open and the Aleppo one as closed', async () => {
    const actions = await payload.find({ collection: 'actions', ...asVisitor })
    const ghouta = actions.docs.find((action) => action.slug === 'stop-the-attacks-on-eastern-ghouta')
    const aleppo = actions.docs.find((action) => action.slug === 'safe-evacuation-from-aleppo')
    expect(ghouta).toMatchObject({ status: 'open', targets: 'the governments of Syria and Russia' })
    expect(ghouta?.goal).toBeGreaterThan(0)
    expect(ghouta?.shareText).toMatch(/Eastern Ghouta/)
    expect(aleppo?.status).toBe('closed')
  })

  it('draws each hero image locally in every configured size', async () => {
    const media = await payload.find({ collection: 'media', limit: 100, ...asVisitor })
    expect(media.totalDocs).toBe(18)
    for (const image of media.docs) {
      expect(image.width).toBe(1600)
      expect(image.sizes?.card?.width).toBe(768)
      expect(image.sizes?.og).toMatchObject({ width: 1200, height: 630 })
    }
  })

  it('sets up the site menu and creates the first admin with a generated password', async () => {
    const site = await payload.findGlobal({ slug: 'site', ...asVisitor })
    expect(site.menu?.map((item) => item.href)).toContain('/actions')
    expect(first.admin).toMatchObject({ email: 'admin@example.org', generated: true })
    expect(first.admin?.password?.length).toBeGreaterThanOrEqual(16)
  })

  it('logs progress for every document it handles', () => {
    expect(lines.filter((line) => line.startsWith('post '))).toHaveLength(15)
    expect(lines.some((line) => /^post +15\/15 created/.test(line))).toBe(true)
  })

  it('adds nothing when run again, and never reprints the password', async () => {
    const counts = async () =>
      Promise.all(
        (['posts', 'actions', 'authors', 'topics', 'media', 'users'] as const).map(
          async (c) => (await payload.count({ collection: c })).totalDocs,
        ),
      )
    const before = await counts()
    const second = await seed(payload, { log: () => undefined })
    expect(await counts()).toEqual(before)
    expect(second.created).toBe(0)
    expect(second.admin).toEqual({ email: 'admin@example.org', generated: false })
  })
})

// Every string the French demo shows, for its typography: OQLF spacing before « : ; ! ? » and
// inside guillemets, with no plain space where a non-breaking one belongs.
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

describe('demo content in French and Arabic', () => {
  const inFrench = { locale: 'fr', ...asVisitor } as const
  const inArabic = { locale: 'ar', ...asVisitor } as const

  it('publishes every post and both actions in French, each with its own French slug', async () => {
    const english = await payload.find({
      collection: 'posts',
      limit: 100,
      sort: 'id',
      depth: 0,
      locale: 'en',
      ...asVisitor,
    })
    const french = await payload.find({ collection: 'posts', limit: 100, sort: 'id', depth: 0, ...inFrench })
    expect(french.docs.map((post) => post.id)).toEqual(english.docs.map((post) => post.id))
    for (const [index, post] of french.docs.entries()) {
      expect(post.slug).not.toBe(english.docs[index]!.slug)
      expect(post.title).not.toBe(english.docs[index]!.title)
      expect(post.excerpt).toBeTruthy()
    }
    const actions = await payload.find({ collection: 'actions', depth: 0, ...inFrench })
    expect(actions.totalDocs).toBe(2)
    for (const action of actions.docs) {
      expect(action.consent?.text).toBe(catalogue('fr').actionDefaults.consent)
      expect(action.thankYouText).toBeTruthy()
    }
  })

  it('publishes the Eastern Ghouta action and three posts in Arabic, written right to left', async () => {
    const actions = await payload.find({ collection: 'actions', depth: 0, ...inArabic })
    expect(actions.docs.map((action) => action.id)).toEqual([
      (await payload.find({ collection: 'actions', where: { slug: { equals: 'stop-the-attacks-on-eastern-ghouta' } } }))
        .docs[0]!.id,
    ])
    expect(actions.docs[0]!.slug).toMatch(/^[\u0600-\u06ff-]+$/)
    expect(actions.docs[0]!.thankYouText).toMatch(/[\u0600-\u06ff]/)
    const posts = await payload.find({ collection: 'posts', depth: 0, ...inArabic })
    expect(posts.totalDocs).toBe(3)
    for (const post of posts.docs) expect(post.body?.root.direction).toBe('rtl')
  })

  it('translates the topics, the authors, the images and the site settings', async () => {
    for (const options of [inFrench, inArabic]) {
      const topics = await payload.find({ collection: 'topics', ...options })
      expect(topics.docs.every((topic) => topic.name && topic.slug)).toBe(true)
      const media = await payload.find({ collection: 'media', limit: 100, ...options })
      const translated = media.docs.filter((image) => image.alt)
      expect(translated.length).toBeGreaterThan(0)
      for (const image of translated) expect(image.credit).toBe(catalogue(options.locale).demoImageCredit)
      const site = await payload.findGlobal({ slug: 'site', ...options })
      expect(site.menu?.every((item) => item.href.startsWith(`/${options.locale}/`))).toBe(true)
      expect(site.privacyUrl).toBe(`/${options.locale}/privacy/`)
    }
    const bios = await payload.find({ collection: 'authors', ...inFrench })
    expect(bios.docs.every((author) => author.bio)).toBe(true)
    // Every image of the French demo has French words.
    const media = await payload.find({ collection: 'media', limit: 100, ...inFrench })
    expect(media.docs.every((image) => image.alt)).toBe(true)
  })

  it('logs a line for each translation', () => {
    expect(lines.filter((line) => line.startsWith('fr post'))).toHaveLength(15)
    expect(lines.filter((line) => line.startsWith('ar post'))).toHaveLength(3)
  })

  it('follows French typography: non-breaking spaces before « : ; ! ? » and inside guillemets', () => {
    const text = strings(LANGUAGES.fr)
    const wrong = text.filter((line) => / [:;!?»]|« /.test(line))
    expect(wrong).toEqual([])
    expect(text.some((line) => /\u00a0:/.test(line))).toBe(true)
  })
})

describe('the synthetic archive for benchmarks', () => {
  it('adds the requested number of published posts once, with progress', async () => {
    const { seedSyntheticPosts } = await import('../../src/seed/synthetic')
    const progress: string[] = []
    expect(await seedSyntheticPosts(payload, 30, (line) => progress.push(line))).toBe(30)
    expect(await seedSyntheticPosts(payload, 30, () => undefined)).toBe(0)
    const archive = await payload.find({
      collection: 'posts',
      where: { slug: { like: 'archive-' } },
      limit: 0,
      pagination: false,
      ...asVisitor,
    })
    expect(archive.docs).toHaveLength(30)
    expect(progress.at(-1)).toMatch(/^synthetic posts: 30\/30/)
  })
})
