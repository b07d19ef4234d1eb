import { IMAGE_TYPES, IMAGE_TYPES_LABEL, type ImageType } from '@vigil/shared'
import { ValidationError } from 'payload'
import sharp from 'sharp'

// An upload as Payload hands it over (req.file).
export interface UploadedFile {
  data: Buffer
  mimetype: string
  name: string
  size: number
}

// Web page code that makes an image a polyglot: a browser that ever took the file for a page (an
// old one sniffing, a server sending the wrong type) would run it. Only tokens long enough that
// compressed pixels practically never spell them by chance (short tags like <a or <img would turn up
// in one large photo in a few thousand). Not every possible payload: re-encoding (below) is what
// makes the stored file harmless; this refuses the plain attempts with a clear answer.
const MARKUP =
  /<(?:!doctype|html|head|body|script|iframe|frameset|object|embed|style|meta|link|form|base)[\s/>]|<svg[\s/]+(?:xmlns|on[a-z]+\s*=)|javascript:/i

const refuse = (message: string) => new ValidationError({ errors: [{ message, path: 'file' }] })

// What the bytes are, whatever the name or the declared type say. Throws a field error for anything
// but an accepted raster image with nothing that looks like a web page inside.
export async function inspectImage(data: Buffer): Promise<ImageType> {
  // Reading the header decodes no pixels, so it needs no pixel limit: a decompression bomb is
  // recognised as the format it claims and refused for its size when drawn (cleanImage).
  const format = await sharp(data, { limitInputPixels: false })
    .metadata()
    .then((metadata) => metadata.format as string | undefined)
    .catch(() => undefined)
  if (!format) throw refuse(`This file is not an image. Upload a ${IMAGE_TYPES_LABEL} image.`)
  const type = IMAGE_TYPES.find((candidate) => candidate.format === format)
  if (!type) {
    const name = format === 'heif' ? 'HEIF/AVIF' : format.toUpperCase()
    throw refuse(`${name} images are not accepted. Upload a ${IMAGE_TYPES_LABEL} image.`)
  }
  if (MARKUP.test(data.toString('latin1'))) {
    throw refuse(
      'This image carries web page code (HTML or script) besides the picture, so it is refused. Export the picture again from an image editor.',
    )
  }
  return type
}

// The stored file is drawn again from the pixels: anything appended to or hidden in the upload is
// left behind, and so is its metadata (a phone's GPS position, the camera's serial number: photos of
// activists must not say where they were taken). The EXIF orientation is applied first, so the
// picture stands as it was shot. Its name takes the extension of what it is.
export async function cleanImage(file: UploadedFile): Promise<UploadedFile> {
  const type = await inspectImage(file.data)
  // A truncated file, or one above sharp's pixel limit (a decompression bomb), fails here.
  const data = await sharp(file.data)
    .rotate()
    .toFormat(type.format, type.format === 'png' ? {} : { quality: 90 })
    .toBuffer()
    .catch(() => {
      throw refuse(`This ${type.label} image is damaged or too large to read. Export it again from an image editor.`)
    })
  const stem = file.name.replace(/\.[^.]*$/, '') || 'image'
  return { data, mimetype: type.mime, name: `${stem}.${type.extensions[0]}`, size: data.length }
}
