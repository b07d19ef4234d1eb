import { catalogue, DEFAULT_LOCALE } from '@vigil/shared'
import type { Id, Seeding } from './context'
import { findFirst } from './ensureEach'
import { drawHeroImage } from './images'
import type { SeedImage } from './types'

// Finds the image by its file name or draws and uploads it; either way its id is then known by
// its key. Counted, not logged: it comes with the document that shows it.
export async function ensureImage(seeding: Seeding, image: SeedImage): Promise<Id> {
  const { payload, req, result, images } = seeding
  const filename = `${image.key}.jpg`
  const existing = await findFirst(seeding, 'media', { filename: { equals: filename } })
  if (existing) {
    images.set(image.key, existing.id)
    return existing.id
  }
  const data = await drawHeroImage(image)
  const doc = await payload.create({
    collection: 'media',
    data: {
      alt: image.alt,
      caption: image.caption,
      credit: catalogue(DEFAULT_LOCALE).demoImageCredit,
      focalX: 50,
      focalY: 60,
    },
    file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
    req,
  })
  result.created++
  images.set(image.key, doc.id)
  return doc.id
}
