import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { payloadLoader } from '../../src/loaders/payload'

// A stand-in for the CMS's REST API at the edge of the loader: pages of documents in the language
// asked for (narrowed by `where[id][in]`), or failures. English unless a test sets other languages.
type Doc = { id: number; slug: string; title: string | null; updatedAt: string }
let server: Server
let baseUrl = ''
let status = 200
let requests: string[] = []
let collections: Record<string, Doc[]> = {}
let translations: Record<string, Record<string, Doc[]>> = {}

const makeDocs = (count: number, prefix = 'post') =>
  Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    slug: `${prefix}-${i + 1}`,
    title: `${prefix} ${i + 1}`,
    updatedAt: '2026-11-01T00:00:00.000Z',
  }))
const setPosts = (count: number) => (collections.posts = makeDocs(count))

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '')
    const url = new URL(request.url ?? '/', 'http://x')
    const page = Number(url.searchParams.get('page'))
    const limit = Number(url.searchParams.get('limit'))
    const only = url.searchParams.get('where[id][in]')?.split(',')
    const name = url.pathname.split('/')[2]!
    const locale = url.searchParams.get('locale')
    const inLocale = locale === 'en' ? collections[name] : translations[locale ?? '']?.[name]
    const all = (inLocale ?? []).filter((doc) => !only || only.includes(String(doc.id)))
    const docs = all.slice((page - 1) * limit, page * limit)
    response.writeHead(status, { 'Content-Type': 'application/json' })
    response.end(
      status === 200
        ? JSON.stringify({ docs, hasNextPage: page * limit < all.length, totalDocs: all.length })
        : '{"errors":[]}',
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

beforeEach(() => {
  requests = []
  status = 200
  collections = {}
  translations = {}
})

// Requests for whole documents (not the light list of ids and versions), in every language or one.
const fullFetches = (locale?: string) =>
  requests.filter((url) => !url.includes('select') && (!locale || url.includes(`locale=${locale}&`)))

function fakeContext() {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>()
  const meta = new Map<string, string>()
  let parsed = 0
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => (
        entries.set(entry.id, entry),
        true
      ),
      keys: () => [...entries.keys()],
      has: (id: string) => entries.has(id),
      delete: (id: string) => void entries.delete(id),
    },
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => void meta.set(key, value) },
    logger: { info: () => undefined },
    parseData: async ({ data }: { data: Record<string, unknown> }) => (parsed++, data),
    generateDigest: (data: unknown) => JSON.stringify(data),
  }
  return { context: context as never, entries, parsed: () => parsed }
}

describe('the Payload loader', () => {
  it('pages through the REST API until the last page', async () => {
    setPosts(250)
    const { context, entries } = fakeContext()
    await payloadLoader({ cmsUrl: baseUrl, collection: 'posts' }).load(context)
    expect(entries.size).toBe(250)
    expect(fullFetches('en').map((r) => new URL(r, 'http://x').searchParams.get('page'))).toEqual(['1', '2', '3'])
  })

  it('does not fetch or parse unchanged documents again, and drops deleted ones', async () => {
    setPosts(30)
    const { context, entries, parsed } = fakeContext()
    const loader = payloadLoader({ cmsUrl: baseUrl, collection: 'posts' })
    await loader.load(context)
    expect(parsed()).toBe(30)
    collections.posts = collections.posts!.slice(0, 25)
    requests = []
    await loader.load(context)
    expect(fullFetches()).toEqual([])
    expect(parsed()).toBe(30)
    expect(entries.size).toBe(25)
    expect(entries.has('en/26')).toBe(false)
  })

  it('fetches only the documents whose version changed, and new ones', async () => {
    setPosts(30)
    const { context, entries, parsed } = fakeContext()
    const loader = payloadLoader({ cmsUrl: baseUrl, collection: 'posts' })
    await loader.load(context)
    collections.posts![6] = { ...collections.posts![6]!, title: 'Edited', updatedAt: '2026-11-02T00:00:00.000Z' }
    collections.posts!.push({ ...makeDocs(31)[30]! })
    requests = []
    await loader.load(context)
    expect(fullFetches()).toHaveLength(1)
    expect(new URL(fullFetches()[0]!, 'http://x').searchParams.get('where[id][in]')).toBe('7,31')
    expect(parsed()).toBe(32)
    expect(entries.get('en/7')!.data.title).toBe('Edited')
    expect(entries.size).toBe(31)
  })

  it('fetches everything again when a document it embeds changed, but not for a new one', async () => {
    setPosts(30)
    collections.authors = makeDocs(3, 'author')
    const { context, parsed } = fakeContext()
    const loader = payloadLoader({ cmsUrl: baseUrl, collection: 'posts', dependsOn: ['authors'] })
    await loader.load(context)
    collections.authors.push(makeDocs(4, 'author')[3]!)
    requests = []
    await loader.load(context)
    expect(fullFetches()).toEqual([])
    collections.authors[0] = { ...collections.authors[0]!, updatedAt: '2026-11-03T00:00:00.000Z' }
    await loader.load(context)
    expect(fullFetches().filter((url) => url.startsWith('/api/posts'))).toHaveLength(1)
    expect(fullFetches()[0]).not.toContain('where')
    // The documents came back the same: nothing to parse again.
    expect(parsed()).toBe(30)
  })

  it('fails with the status when the CMS answers an error', async () => {
    setPosts(5)
    status = 500
    const { context } = fakeContext()
    await expect(payloadLoader({ cmsUrl: baseUrl, collection: 'posts' }).load(context)).rejects.toThrow(
      /The CMS answered 500/,
    )
  })

  it('fails with a clear message when the CMS is unreachable', async () => {
    const { context } = fakeContext()
    await expect(payloadLoader({ cmsUrl: 'http://127.0.0.1:1', collection: 'posts' }).load(context)).rejects.toThrow(
      /The CMS is unreachable at http:\/\/127\.0\.0\.1:1 .*Start it, or set CMS_URL/,
    )
  })

  it('refuses to build an empty site when a required collection comes back empty', async () => {
    setPosts(0)
    const { context, entries } = fakeContext()
    await expect(payloadLoader({ cmsUrl: baseUrl, collection: 'posts', required: true }).load(context)).rejects.toThrow(
      /has no published posts; refusing to build an empty site/,
    )
    expect(entries.size).toBe(0)
  })

  it('reads each language on its own, published documents only and with no fallback', async () => {
    setPosts(3)
    translations = { fr: { posts: [{ ...collections.posts![1]!, slug: 'article-2', title: 'Article 2' }] } }
    const { context, entries } = fakeContext()
    await payloadLoader({ cmsUrl: baseUrl, collection: 'posts' }).load(context)
    expect([...entries.keys()].sort()).toEqual(['en/1', 'en/2', 'en/3', 'fr/2'])
    expect(entries.get('fr/2')!.data.slug).toBe('article-2')
    for (const url of requests) {
      const query = new URL(url, 'http://x').searchParams
      expect(['en', 'fr', 'ar']).toContain(query.get('locale'))
      expect(query.get('fallback-locale')).toBe('none')
    }
  })

  it('leaves out a document not yet translated, in that language only', async () => {
    collections.topics = makeDocs(2, 'topic')
    translations = {
      fr: {
        topics: [
          { ...collections.topics[0]!, title: 'Sujet 1' },
          { ...collections.topics[1]!, title: null },
        ],
      },
    }
    const { context, entries } = fakeContext()
    await payloadLoader({ cmsUrl: baseUrl, collection: 'topics', fields: ['slug', 'title'] }).load(context)
    expect([...entries.keys()].sort()).toEqual(['en/1', 'en/2', 'fr/1'])
  })

  it('renders nothing again in English for a French edit, and fetches nothing again after it', async () => {
    setPosts(2)
    translations = { fr: { posts: collections.posts!.map((doc) => ({ ...doc, title: `Article ${doc.id}` })) } }
    const { context, entries, parsed } = fakeContext()
    const loader = payloadLoader({ cmsUrl: baseUrl, collection: 'posts' })
    await loader.load(context)
    const englishBefore = entries.get('en/1')
    // Saving the French text moves the document's updatedAt in every language.
    const saved = '2026-11-05T00:00:00.000Z'
    collections.posts![0] = { ...collections.posts![0]!, updatedAt: saved }
    translations.fr!.posts![0] = { ...translations.fr!.posts![0]!, title: 'Article 1, revu', updatedAt: saved }
    await loader.load(context)
    expect(parsed()).toBe(5)
    expect(entries.get('fr/1')!.data.title).toBe('Article 1, revu')
    // English keeps its entry (so its pages keep their digest) and the time its text last changed.
    expect(entries.get('en/1')).toBe(englishBefore)
    expect(entries.get('en/1')!.data.updatedAt).toBe('2026-11-01T00:00:00.000Z')
    requests = []
    await loader.load(context)
    expect(fullFetches()).toEqual([])
  })
})
