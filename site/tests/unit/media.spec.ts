import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Media } from '@vigil/cms/payload-types'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { copyMedia } from '../../src/integrations/copyMedia'
import { responsiveImage } from '../../src/lib/images'
import { downloadMediaFiles } from '../../src/loaders/mediaFiles'

// Every image name and address comes from the CMS and is treated as hostile: the site copies into
// its output, and so serves, only files whose bytes are an accepted image named for their type.

// Smallest real files of each kind, by their magic numbers.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
)
const WEBP = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64')
const HTML = Buffer.from('<!doctype html><script>alert(document.domain)</script>')

let server: Server
let cmsUrl = ''
let requests: string[] = []
const served: Record<string, { status?: number; body?: Buffer; location?: string }> = {}

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '')
    const file = served[request.url ?? '']
    if (!file) return void response.writeHead(404).end()
    response.writeHead(file.status ?? 200, file.location ? { location: file.location } : {}).end(file.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cmsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

let root = ''
let cache = ''
beforeEach(() => {
  requests = []
  for (const key of Object.keys(served)) delete served[key]
  root = mkdtempSync(path.join(os.tmpdir(), 'vigil-media-'))
  cache = path.join(root, 'cache', 'media')
})

// A media document as the CMS's REST API gives it, with its file at /api/media/file/<name>.
const media = (filename: string, extra: Partial<Media> = {}): Media =>
  ({
    id: 7,
    alt: 'A picture',
    filename,
    mimeType: 'image/png',
    url: `/api/media/file/${encodeURIComponent(filename)}`,
    width: 1,
    height: 1,
    ...extra,
  }) as Media

async function download(doc: Media) {
  const warnings: string[] = []
  await downloadMediaFiles(cmsUrl, doc, cache, (message) => warnings.push(message))
  return warnings
}

// Every file under the temporary root, wherever a hostile name might have put it.
const everyFile = () =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort()

describe('downloading images from the CMS', () => {
  it('keeps an image whose bytes and name agree', async () => {
    served['/api/media/file/photo.png'] = { body: PNG }
    expect(await download(media('photo.png'))).toEqual([])
    expect(everyFile()).toEqual([path.join('cache', 'media', 'photo.png')])
  })

  it.each([
    ['a name climbing out of the cache', '../../escape.png', {}],
    ['a name that is the parent folder', '..', {}],
    ['an absolute name', '/tmp/absolute.png', {}],
    ['a name with a folder', 'sub/dir.png', {}],
    ['a Windows path', '..\\..\\escape.png', {}],
    ['a dot file', '.htaccess', {}],
    ['a name with a control character', 'bell\u0007.png', {}],
    ['a PNG named .html', 'evil.html', {}],
    ['an HTML type', 'page.png', { mimeType: 'text/html' }],
    ['an SVG', 'logo.svg', { mimeType: 'image/svg+xml' }],
    ['a JPEG type named .png', 'photo.png', { mimeType: 'image/jpeg' }],
    ['an address on another host', 'elsewhere.png', { url: 'http://evil.example/elsewhere.png' }],
    ['a protocol-relative address', 'elsewhere.png', { url: '//evil.example/elsewhere.png' }],
    ['a file: address', 'passwd.png', { url: 'file:///etc/passwd' }],
    ['a javascript: address', 'script.png', { url: 'javascript:alert(1)' }],
  ])('skips %s with a warning, asking the CMS for nothing and writing nothing', async (_what, filename, extra) => {
    served[`/api/media/file/${encodeURIComponent(filename)}`] = { body: PNG }
    const warnings = await download(media(filename, extra as Partial<Media>))
    expect(warnings).toEqual([expect.stringContaining(`image ${JSON.stringify(filename)} of media 7 skipped`)])
    expect(requests).toEqual([])
    expect(everyFile()).toEqual([])
  })

  it('checks each generated size as well as the original', async () => {
    served['/api/media/file/photo.png'] = { body: PNG }
    served['/api/media/file/photo-768.webp'] = { body: WEBP }
    const doc = media('photo.png', {
      sizes: {
        card: { filename: 'photo-768.webp', mimeType: 'image/webp', url: '/api/media/file/photo-768.webp' },
        hero: { filename: 'photo-1600.html', mimeType: 'image/webp', url: '/api/media/file/photo-1600.html' },
      },
    })
    expect(await download(doc)).toEqual([expect.stringContaining('"photo-1600.html"')])
    expect(everyFile()).toEqual([
      path.join('cache', 'media', 'photo-768.webp'),
      path.join('cache', 'media', 'photo.png'),
    ])
  })

  it.each([
    ['HTML', HTML],
    ['a JPEG', JPEG],
    ['nothing', Buffer.alloc(0)],
  ])('fails the build when the bytes of a .png are %s, and keeps none of them', async (_what, body) => {
    served['/api/media/file/photo.png'] = { body }
    await expect(download(media('photo.png'))).rejects.toThrow(/photo\.png.*refusing to publish it/)
    expect(everyFile()).toEqual([])
  })

  it('does not follow a redirect (it could lead to another host)', async () => {
    served['/api/media/file/photo.png'] = { status: 302, location: '/elsewhere/photo.png' }
    served['/elsewhere/photo.png'] = { body: PNG }
    await expect(download(media('photo.png'))).rejects.toThrow(/Could not download photo\.png/)
    expect(everyFile()).toEqual([])
  })
})

describe('copying images into the build output', () => {
  async function copy(out: string) {
    const warnings: string[] = []
    const logger = { info: () => {}, warn: (message: string) => warnings.push(message) }
    const hook = copyMedia(cache).hooks['astro:build:done'] as (options: unknown) => Promise<void>
    await hook({ dir: pathToFileURL(`${out}/`), logger })
    return warnings
  }

  it('copies only images named for their type, and removes any other file carried over', async () => {
    mkdirSync(cache, { recursive: true })
    const files = {
      'good.png': PNG,
      'good.webp': WEBP,
      'good.jpg': JPEG,
      'page.html': HTML,
      'fake.png': HTML,
      'photo.png': JPEG,
      'notes.txt': Buffer.from('hello'),
    }
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(cache, name), bytes)
    const out = path.join(root, 'dist')
    // Left in the output by a release built before this check.
    mkdirSync(path.join(out, 'media'), { recursive: true })
    writeFileSync(path.join(out, 'media', 'carried.html'), HTML)
    writeFileSync(path.join(out, 'media', 'carried.png'), PNG)

    const warnings = await copy(out)
    expect(readdirSync(path.join(out, 'media')).sort()).toEqual(['carried.png', 'good.jpg', 'good.png', 'good.webp'])
    expect(warnings.sort()).toEqual([
      expect.stringMatching(/^images: carried\.html removed from the output/),
      expect.stringMatching(/^images: fake\.png left out: its bytes are not an image/),
      expect.stringMatching(/^images: notes\.txt left out/),
      expect.stringMatching(/^images: page\.html left out/),
      expect.stringMatching(/^images: photo\.png left out: its bytes are a JPEG image/),
    ])
  })
})

describe('linking images on pages', () => {
  it('links no file whose name does not fit its type', () => {
    expect(responsiveImage(media('evil.html'))).toBeUndefined()
    expect(responsiveImage(media('../escape.png'))).toBeUndefined()
    const image = responsiveImage(
      media('photo.png', {
        width: 2000,
        height: 1000,
        sizes: {
          card: { filename: 'photo-768.html', mimeType: 'image/webp', width: 768, height: 384 },
          hero: { filename: 'photo-1600.webp', mimeType: 'image/webp', width: 1600, height: 800 },
        },
      }),
    )
    expect(image).toMatchObject({ src: '/media/photo.png', srcset: '/media/photo-1600.webp 1600w' })
  })
})
