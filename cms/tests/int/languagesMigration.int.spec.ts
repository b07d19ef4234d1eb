// A database made by the version before languages (commit 20ba83d: `npm run seed` on a fresh
// database, then one post given an unpublished draft edit and the open action two signatures),
// migrated as the production server migrates it on start. What was there becomes English; no other
// language has anything until someone translates and publishes it.
import { createClient } from '@libsql/client'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { languageStates, type TranslationRecord } from '../../src/translations/translationState'

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'before-languages.db.gz')
const dir = mkdtempSync(path.join(os.tmpdir(), 'vigil-migrate-'))
const file = path.join(dir, 'vigil.db')
writeFileSync(file, gunzipSync(readFileSync(fixture)))

type Row = Record<string, unknown>
const QUERIES = {
  posts: 'SELECT id, slug, title, excerpt, body, _status FROM posts ORDER BY id',
  actions: 'SELECT id, slug, title, summary, targets, consent_text, consent_version FROM actions ORDER BY id',
  topics: 'SELECT id, slug, name, description FROM topics ORDER BY id',
  authors: 'SELECT id, slug, role_line, bio FROM authors ORDER BY id',
  media: 'SELECT id, alt FROM media ORDER BY id',
  site: 'SELECT name, tagline, footer, privacy_url FROM site',
  menu: 'SELECT label, href FROM site_menu ORDER BY _order',
  signatures: 'SELECT id FROM signatures',
} as const
const before = Object.fromEntries(Object.keys(QUERIES).map((name) => [name, [] as Row[]])) as Record<
  keyof typeof QUERIES,
  Row[]
>
const DRAFT_EDITED = 'syria-five-years-on-the-facts'
const asVisitor = { overrideAccess: false, user: null } as const

let payload: Payload

beforeAll(async () => {
  const old = createClient({ url: `file:${file}` })
  for (const [name, query] of Object.entries(QUERIES)) {
    before[name as keyof typeof QUERIES] = (await old.execute(query)).rows as unknown as Row[]
  }
  old.close()
  // As `npm start` runs it: the production server applies pending migrations as it connects.
  process.env.DATABASE_URL = `file:${file}`
  Object.assign(process.env, { NODE_ENV: 'production' })
  const { getTestPayload } = await import('../helpers/payload')
  payload = await getTestPayload()
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
})

const english = { locale: 'en', ...asVisitor } as const
const french = { locale: 'fr', ...asVisitor } as const

describe('migrating a database from before languages', () => {
  it('starts with the content it had, in English', () => {
    expect(before.posts).toHaveLength(15)
    expect(before.signatures).toHaveLength(2)
  })

  it('keeps every published post, in English, as it was', async () => {
    const posts = await payload.find({ collection: 'posts', limit: 100, sort: 'id', depth: 0, ...english })
    expect(posts.docs.map(({ id, slug, title, excerpt }) => ({ id, slug, title, excerpt }))).toEqual(
      before.posts.map(({ id, slug, title, excerpt }) => ({ id, slug, title, excerpt })),
    )
    const first = posts.docs[0]!
    expect(first.body).toEqual(JSON.parse(String(before.posts[0]!.body)))
  })

  it('shows nothing in French or Arabic until it is translated and published there', async () => {
    for (const locale of ['fr', 'ar'] as const) {
      for (const collection of ['posts', 'actions'] as const) {
        expect((await payload.find({ collection, locale, ...asVisitor })).totalDocs, `${collection} ${locale}`).toBe(0)
      }
      const topics = await payload.find({ collection: 'topics', locale, depth: 0 })
      expect(topics.docs.map((topic) => topic.name ?? null)).toEqual(before.topics.map(() => null))
    }
  })

  it('keeps actions, their consent wording and version, topics, authors, image text and settings in English', async () => {
    const actions = await payload.find({ collection: 'actions', sort: 'id', depth: 0, ...english })
    expect(
      actions.docs.map((a) => [a.slug, a.title, a.summary, a.targets, a.consent?.text, a.consent?.version]),
    ).toEqual(before.actions.map((a) => [a.slug, a.title, a.summary, a.targets, a.consent_text, a.consent_version]))
    const topics = await payload.find({ collection: 'topics', sort: 'id', ...english })
    expect(topics.docs.map((t) => [t.slug, t.name, t.description])).toEqual(
      before.topics.map((t) => [t.slug, t.name, t.description]),
    )
    const authors = await payload.find({ collection: 'authors', sort: 'id', ...english })
    expect(authors.docs.map((a) => [a.slug, a.roleLine, a.bio])).toEqual(
      before.authors.map((a) => [a.slug, a.role_line, a.bio]),
    )
    const media = await payload.find({ collection: 'media', sort: 'id', limit: 100, ...english })
    expect(media.docs.map((m) => m.alt)).toEqual(before.media.map((m) => m.alt))
    const site = await payload.findGlobal({ slug: 'site', ...english })
    const [settings] = before.site
    expect([site.name, site.tagline, site.footer, site.privacyUrl]).toEqual([
      settings!.name,
      settings!.tagline,
      settings!.footer,
      settings!.privacy_url,
    ])
    expect(site.menu?.map(({ label, href }) => ({ label, href }))).toEqual(before.menu)
  })

  it('keeps a draft edit a draft: visitors see the published text, editors the draft', async () => {
    const where = { slug: { equals: DRAFT_EDITED } }
    const live = await payload.find({ collection: 'posts', where, ...english })
    expect(live.docs[0]?.title).toBe(before.posts.find((post) => post.slug === DRAFT_EDITED)!.title)
    const draft = await payload.find({ collection: 'posts', where, draft: true, locale: 'en' })
    expect(draft.docs[0]?.title).toMatch(/\(draft edit\)$/)
  })

  it('records, for the editors, English as published and every other language as not translated', async () => {
    const posts = await payload.find({ collection: 'posts', sort: 'id', limit: 100, locale: 'en', draft: true })
    expect(posts.docs.length).toBe(before.posts.length)
    for (const post of posts.docs) {
      expect(Object.keys(post.translations as object), post.slug).toEqual(['en'])
      expect(languageStates(post.translations as TranslationRecord).map(({ state }) => state)).toEqual([
        'current',
        'missing',
        'missing',
      ])
    }
  })

  it('keeps every signature', async () => {
    expect((await payload.count({ collection: 'signatures' })).totalDocs).toBe(before.signatures.length)
  })

  it('lets a French translation be published alone, leaving English as it was', async () => {
    const post = (await payload.find({ collection: 'posts', sort: 'id', limit: 1, ...english })).docs[0]!
    await payload.update({
      collection: 'posts',
      id: post.id,
      locale: 'fr',
      data: {
        title: 'La Syrie, cinq ans après : les faits',
        slug: 'syrie-cinq-ans-apres-les-faits',
        _status: 'published',
      },
    })
    const inFrench = await payload.find({ collection: 'posts', ...french })
    expect(inFrench.docs.map((doc) => [doc.id, doc.slug, doc.title])).toEqual([
      [post.id, 'syrie-cinq-ans-apres-les-faits', 'La Syrie, cinq ans après : les faits'],
    ])
    const again = await payload.findByID({ collection: 'posts', id: post.id, ...english })
    expect([again.slug, again.title, again._status]).toEqual([post.slug, post.title, 'published'])
    expect((await payload.find({ collection: 'posts', ...english })).totalDocs).toBe(15)
  })

  it("reads a document's languages through an index, not by scanning every document's", async () => {
    const db = createClient({ url: `file:${file}` })
    const tables = (
      await db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'")
    ).rows
    const plans = await Promise.all(
      tables.map(async ({ name }) => {
        const plan = await db.execute(`EXPLAIN QUERY PLAN SELECT _locale FROM "${name}" WHERE _parent_id = 1`)
        return [name, plan.rows.map((row) => String(row.detail)).join(' ')] as const
      }),
    )
    db.close()
    expect(plans.length).toBeGreaterThanOrEqual(8)
    for (const [name, plan] of plans)
      expect(plan, String(name)).toMatch(/SEARCH .* USING (COVERING )?INDEX .*\(_parent_id=\?\)/)
  })

  // Last: it takes the schema back to before languages.
  it('can be rolled back, English returning to the columns it came from', async () => {
    // It and the migrations after it, newest first, as `migrate:down` would take them.
    const { migrations } = await import('../../src/migrations')
    const from = migrations.findIndex((migration) => migration.name === '20261207_112848_languages')
    for (const migration of migrations.slice(from).reverse()) {
      await migration.down({ db: payload.db.drizzle, payload, req: {} as never })
    }
    const old = createClient({ url: `file:${file}` })
    const rows = (await old.execute('SELECT id, slug, title, excerpt, body, _status FROM posts ORDER BY id')).rows
    const topics = (await old.execute('SELECT id, slug, name, description FROM topics ORDER BY id')).rows
    old.close()
    expect(rows.map((row) => ({ ...row }))).toEqual(before.posts)
    expect(topics.map((row) => ({ ...row }))).toEqual(before.topics)
  })
})
