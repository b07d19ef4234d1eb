import { imageTypeOfMime, nameFitsImageType } from '@vigil/shared'
import { readFile } from 'node:fs/promises'
import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import type { Media } from '../../../payload-types'
import { inspectImage } from '../../../uploads/cleanImage'

const refuse = (message: string) => new ValidationError({ errors: [{ message, path: 'file' }] })

// The last word before files are written, whichever way the file came (an upload, an address Payload
// fetched, a crop of the stored image): the bytes are an accepted image, the recorded type is theirs,
// and every stored name (the original's and each size's) ends in its type's extension.
export const checkStoredImage: CollectionBeforeChangeHook<Media> = async ({ data, req }) => {
  const file = req.file
  const bytes = file?.data?.length ? file.data : file?.tempFilePath ? await readFile(file.tempFilePath) : undefined
  if (bytes) {
    const type = await inspectImage(bytes)
    if (data.mimeType && data.mimeType !== type.mime) throw refuse(`This file is a ${type.label} image.`)
  }
  for (const { filename, mimeType } of [data, ...Object.values(data.sizes ?? {})]) {
    if (!filename) continue
    const type = imageTypeOfMime(mimeType)
    if (!type || !nameFitsImageType(filename, type)) {
      throw refuse(`The stored name ${JSON.stringify(filename)} does not fit its type (${mimeType ?? 'none'}).`)
    }
  }
  return data
}
