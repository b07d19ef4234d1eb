import { describe, expect, it } from 'vitest'
import { extensionOf, IMAGE_TYPES_LABEL, imageTypeOfMime, nameFitsImageType } from '../src/imageTypes.ts'

describe('accepted image types', () => {
  it('names them for messages', () => {
    expect(IMAGE_TYPES_LABEL).toBe('JPEG, PNG or WebP')
  })

  it.each([
    ['photo.jpg', 'image/jpeg', true],
    ['photo.JPEG', 'image/jpeg', true],
    ['photo.png', 'image/jpeg', false],
    ['evil.html', 'image/png', false],
    ['card.webp', 'image/webp', true],
    ['no-extension', 'image/png', false],
    ['archive.png/', 'image/png', false],
  ])('%s fits %s: %s', (name, mime, fits) => {
    expect(nameFitsImageType(name, imageTypeOfMime(mime)!)).toBe(fits)
  })

  it('knows no other type', () => {
    expect(['image/svg+xml', 'image/gif', 'image/avif', 'text/html', undefined].map(imageTypeOfMime)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ])
    expect(extensionOf('a.b/c')).toBe('')
  })
})
