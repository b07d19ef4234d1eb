import type { Media } from '@vigil/cms/payload-types'
import { mediaNameProblem } from './mediaName'
import { paths } from './urls'

type Variant = { filename: string; width: number; height: number }
type Size = { filename?: string | null; mimeType?: string | null; width?: number | null; height?: number | null }

// A file the build refuses to download (see mediaName.ts) is never linked either.
const asVariant = (size: Size | undefined) =>
  size?.filename && size.width && size.height && !mediaNameProblem(size.filename, size.mimeType)
    ? { filename: size.filename, width: size.width, height: size.height }
    : undefined

// The CMS's generated sizes as a srcset; `src`, width and height come from the preferred size.
export function responsiveImage(media: Media, preferred: 'card' | 'hero' = 'card') {
  const original = asVariant(media)
  if (!original) return undefined
  const variants = [asVariant(media.sizes?.card), asVariant(media.sizes?.hero)].filter((v): v is Variant => Boolean(v))
  const main = asVariant(media.sizes?.[preferred]) ?? original
  return {
    src: paths.media(main.filename),
    srcset: variants.map((v) => `${paths.media(v.filename)} ${v.width}w`).join(', ') || undefined,
    width: main.width,
    height: main.height,
  }
}

export function ogImage(media: Media | undefined) {
  const og = asVariant(media?.sizes?.og)
  return og && media
    ? { path: paths.media(og.filename), width: og.width, height: og.height, alt: media.alt ?? '' }
    : undefined
}
