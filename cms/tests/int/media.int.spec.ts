import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { crc32 } from 'node:zlib'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkStoredImage } from '../../src/collections/Media/hooks/checkStoredImage'
import { env } from '../../src/env'
import { getTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const photo = async (name: string) => {
  const data = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#335577' } })
    .jpeg()
    .toBuffer()
  return { data, mimetype: 'image/jpeg', name, size: data.length }
}

describe('media uploads', () => {
  it('refuses an image without alternative text, and stores nothing', async () => {
    const before = (await payload.count({ collection: 'media' })).totalDocs
    await expect(
      payload.create({ collection: 'media', data: { alt: '' }, file: await photo('no-alt.jpg') }),
    ).rejects.toThrow(/Alternative text/)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('makes every configured size with sharp and keeps the focal point', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'A blue field', credit: 'Test', focalX: 20, focalY: 50 },
      file: await photo('blue.jpg'),
    })
    expect(image).toMatchObject({ width: 2000, height: 1000, focalX: 20, focalY: 50 })
    expect(image.sizes?.thumbnail).toMatchObject({ width: 400, height: 300, mimeType: 'image/webp' })
    expect(image.sizes?.card).toMatchObject({ width: 768, height: 384 })
    expect(image.sizes?.hero).toMatchObject({ width: 1600, height: 800 })
    expect(image.sizes?.og).toMatchObject({ width: 1200, height: 630, mimeType: 'image/jpeg' })
  })

  it('refuses files that are not images', async () => {
    const data = Buffer.from('%PDF-1.4 not an image')
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'A document' },
        file: { data, mimetype: 'application/pdf', name: 'report.pdf', size: data.length },
      }),
    ).rejects.toThrow()
  })
})

// Finding 3: a file is what its bytes say, whatever its name or declared type; only JPEG, PNG and
// WebP are stored, drawn again from their pixels, under a name with their own extension.
describe('what an upload is, by its bytes', () => {
  const pixels = (width = 640, height = 480) => sharp({ create: { width, height, channels: 3, background: '#556677' } })
  const upload = (data: Buffer, name: string, mimetype: string, alt = 'An upload') =>
    payload.create({ collection: 'media', data: { alt }, file: { data, mimetype, name, size: data.length } })
  const stored = () => (existsSync(env.mediaDir) ? readdirSync(env.mediaDir).sort() : [])

  // Refused with a message on the file field, and neither a document nor a file is left behind.
  async function expectRefused(data: Buffer, name: string, mimetype: string, message: RegExp) {
    const [count, files] = [(await payload.count({ collection: 'media' })).totalDocs, stored()]
    const error = await upload(data, name, mimetype).then(
      () => undefined,
      (caught: unknown) => caught as { data?: { errors?: { path: string; message: string }[] } },
    )
    expect(error?.data?.errors).toEqual([{ path: 'file', message: expect.stringMatching(message) }])
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(count)
    expect(stored()).toEqual(files)
  }

  it('stores a PNG named .html as .png, with its sizes, and never a file named .html', async () => {
    const image = await upload(await pixels(2000, 1000).png().toBuffer(), 'evil.html', 'text/html')
    expect(image).toMatchObject({ filename: 'evil.png', mimeType: 'image/png', width: 2000, height: 1000 })
    expect(image.sizes?.card).toMatchObject({
      filename: expect.stringMatching(/^evil-.*\.webp$/),
      mimeType: 'image/webp',
    })
    expect(image.sizes?.og).toMatchObject({ filename: expect.stringMatching(/^evil-.*\.jpg$/), mimeType: 'image/jpeg' })
    expect((await sharp(readFileSync(path.join(env.mediaDir, 'evil.png'))).metadata()).format).toBe('png')
    expect(stored().filter((name) => /\.html?$/i.test(name))).toEqual([])
  })

  it('stores a JPEG named .png as .jpg with the JPEG type', async () => {
    const image = await upload(await pixels().jpeg().toBuffer(), 'holiday.png', 'image/png')
    expect(image).toMatchObject({ filename: 'holiday.jpg', mimeType: 'image/jpeg' })
    expect((await sharp(readFileSync(path.join(env.mediaDir, 'holiday.jpg'))).metadata()).format).toBe('jpeg')
  })

  it('keeps the name and type when the focal point of a stored image moves (sizes drawn again)', async () => {
    const image = await upload(await pixels(2000, 1000).png().toBuffer(), 'focus.png', 'image/png')
    const moved = await payload.update({ collection: 'media', id: image.id, data: { focalX: 10, focalY: 90 } })
    expect(moved).toMatchObject({ filename: 'focus.png', mimeType: 'image/png', focalX: 10, focalY: 90 })
    expect(moved.sizes?.card?.filename).toMatch(/^focus-.*\.webp$/)
  })

  it('refuses HTML named .png', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>alert(document.domain)</script></body></html>')
    await expectRefused(html, 'innocent.png', 'image/png', /not an image.*JPEG, PNG or WebP/)
  })

  it.each([
    ['named .svg', 'logo.svg', 'image/svg+xml'],
    ['named .png', 'logo.png', 'image/png'],
  ])('refuses an SVG %s', async (_how, name, mimetype) => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><script>alert(document.domain)</script><rect width="40" height="40"/></svg>',
    )
    await expectRefused(svg, name, mimetype, /SVG images are not accepted/)
  })

  it('refuses a PDF, even named .jpg', async () => {
    await expectRefused(Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF'), 'report.jpg', 'image/jpeg', /not an image/)
  })

  it.each([
    ['HTML appended', '<html><body><script>alert(document.domain)</script></body></html>'],
    ['a script appended', '<script src="https://evil.example/x.js"></script>'],
    ['a javascript: link appended', '<a href="javascript:alert(1)">x</a>'],
  ])('refuses a PNG polyglot with %s', async (_what, payloadText) => {
    const png = Buffer.concat([await pixels().png().toBuffer(), Buffer.from(payloadText)])
    expect((await sharp(png).metadata()).format).toBe('png')
    await expectRefused(png, 'polyglot.png', 'image/png', /web page code/)
  })

  it('refuses a truncated image, and one too large to decode (a decompression bomb)', async () => {
    const png = await pixels(2000, 1000).png().toBuffer()
    await expectRefused(png.subarray(0, 200), 'cut.png', 'image/png', /damaged or too large/)
    // A PNG whose header claims 30,000 × 30,000 pixels (3.6 GB to decode) in a few dozen bytes.
    const bomb = Buffer.from(await pixels(1, 1).png().toBuffer())
    bomb.writeUInt32BE(30_000, 16)
    bomb.writeUInt32BE(30_000, 20)
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29)
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ format: 'png', width: 30_000 })
    await expectRefused(bomb, 'bomb.png', 'image/png', /damaged or too large/)
  })

  it('refuses a GIF, and so a GIF/JavaScript polyglot', async () => {
    const gif = Buffer.concat([
      Buffer.from('GIF89a/*'),
      await pixels(8, 8)
        .gif()
        .toBuffer()
        .then((b) => b.subarray(8)),
    ])
    await expectRefused(await pixels(8, 8).gif().toBuffer(), 'plain.gif', 'image/gif', /GIF images are not accepted/)
    await expectRefused(Buffer.concat([gif, Buffer.from('*/=1;alert(1)//')]), 'js.gif', 'image/gif', /not/)
  })

  it('stands a photo up as it was shot and keeps none of its metadata (no GPS position)', async () => {
    const photo = await pixels(300, 200)
      .jpeg()
      // Shot with the phone turned: stored 300×200, shown 200×300.
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '33/1 30/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '36/1 18/1 0/1',
        },
      })
      .toBuffer()
    expect(await sharp(photo).metadata()).toMatchObject({ orientation: 6, exif: expect.any(Buffer) })
    const image = await upload(photo, 'rally.jpg', 'image/jpeg')
    expect(image).toMatchObject({ filename: 'rally.jpg', width: 200, height: 300 })
    const bytes = readFileSync(path.join(env.mediaDir, 'rally.jpg'))
    const metadata = await sharp(bytes).metadata()
    expect({ exif: metadata.exif, xmp: metadata.xmp, orientation: metadata.orientation }).toEqual({
      exif: undefined,
      xmp: undefined,
      orientation: undefined,
    })
    expect(bytes.includes('PhoneMaker')).toBe(false)
  })
})

// Files that reach storage another way (an address Payload fetches, a crop of the stored file) skip
// the upload hook: the last check before writing sees only what is about to be stored.
describe('the last check before files are written', () => {
  const check = async (data: Record<string, unknown>, bytes?: Buffer) => {
    const req = { file: bytes && { data: bytes, mimetype: 'image/png', name: 'x', size: bytes.length } }
    const hook = checkStoredImage as unknown as (args: { data: unknown; req: unknown }) => Promise<unknown>
    return hook({ data, req }).then(
      () => 'stored',
      (error: { data?: { errors?: { message: string }[] } }) => error.data?.errors?.[0]?.message,
    )
  }
  const png = () =>
    sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .png()
      .toBuffer()

  it.each([
    ['a PNG named .png', { filename: 'a.png', mimeType: 'image/png' }, 'stored'],
    ['a PNG named .html', { filename: 'a.html', mimeType: 'image/png' }, /does not fit its type/],
    ['an HTML type', { filename: 'a.html', mimeType: 'text/html' }, /does not fit its type/],
    [
      'a size named .html',
      { filename: 'a.png', mimeType: 'image/png', sizes: { card: { filename: 'a-768.html', mimeType: 'image/webp' } } },
      /a-768\.html/,
    ],
  ])('%s: %s', async (_what, data, outcome) => {
    expect(await check(data)).toEqual(typeof outcome === 'string' ? outcome : expect.stringMatching(outcome))
  })

  it('refuses bytes that are not what the document records', async () => {
    expect(await check({ filename: 'a.jpg', mimeType: 'image/jpeg' }, await png())).toBe('This file is a PNG image.')
    expect(await check({ filename: 'a.png', mimeType: 'image/png' }, Buffer.from('<html><script>x</script>'))).toMatch(
      /not an image/,
    )
  })
})
