import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
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
