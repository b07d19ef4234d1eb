import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { payloadLoader } from '../../src/loaders/payload'

// A stand-in for the CMS's REST API at the edge of the loader: pages of documents, or failures.
let server: Server
let baseUrl = ''
let total = 0
let status = 200
let requests: string[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '')
    const url = new URL(request.url ?? '/', 'http://x')
    const page = Number(url.searchParams.get('page'))
    const limit = Number(url.searchParams.get('limit'))
    const docs = Array.from({ length: Math.max(0, Math.min(limit, total - (page - 1) * limit)) }, (_, i) => {
      const id = (page - 1) * limit + i + 1
      return { id, slug: `post-${id}`, title: `Post ${id}` }
    })
    response.writeHead(status, { 'Content-Type': 'application/json' })
    response.end(
      status === 200 ? JSON.stringify({ docs, hasNextPage: page * limit < total, totalDocs: total }) : '{"errors":[]}',
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

beforeEach(() => {
  requests = []
  status = 200
})

function fakeContext() {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>()
  let parsed = 0
  const context = {
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => (
        entries.set(entry.id, entry),
        true
      ),
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
    logger: { info: () => undefined },
    parseData: async ({ data }: { data: Record<string, unknown> }) => (parsed++, data),
    generateDigest: (data: unknown) => JSON.stringify(data),
  }
  return { context: context as never, entries, parsed: () => parsed }
}

describe('the Payload loader', () => {
  it('pages through the REST API until the last page', async () => {
    total = 250
    const { context, entries } = fakeContext()
    await payloadLoader({ cmsUrl: baseUrl, collection: 'posts' }).load(context)
    expect(entries.size).toBe(250)
    expect(requests.map((r) => new URL(r, 'http://x').searchParams.get('page'))).toEqual(['1', '2', '3'])
  })

  it('does not parse unchanged documents again, and drops deleted ones', async () => {
    total = 30
    const { context, entries, parsed } = fakeContext()
    const loader = payloadLoader({ cmsUrl: baseUrl, collection: 'posts' })
    await loader.load(context)
    expect(parsed()).toBe(30)
    total = 25
    await loader.load(context)
    expect(parsed()).toBe(30)
    expect(entries.size).toBe(25)
    expect(entries.has('26')).toBe(false)
  })

  it('fails with the status when the CMS answers an error', async () => {
    total = 5
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
    total = 0
    const { context, entries } = fakeContext()
    await expect(payloadLoader({ cmsUrl: baseUrl, collection: 'posts', required: true }).load(context)).rejects.toThrow(
      /has no published posts; refusing to build an empty site/,
    )
    expect(entries.size).toBe(0)
  })
})
