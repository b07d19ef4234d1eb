import { imageTypeOfMime, nameFitsImageType } from '@vigil/shared'
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'

// What a file is, by its bytes (not its name, not what the CMS said): an accepted image whose name
// carries its type's extension, or else why not. `file` is the bytes or a path to read them from.
export async function imageBytesProblem(name: string, file: Uint8Array | string): Promise<string | undefined> {
  const detected = typeof file === 'string' ? await fileTypeFromFile(file) : await fileTypeFromBuffer(file)
  const type = imageTypeOfMime(detected?.mime)
  if (!type) return detected ? `its bytes are ${detected.mime}, not an accepted image` : 'its bytes are not an image'
  if (!nameFitsImageType(name, type)) return `its bytes are a ${type.label} image, which ${name} does not say`
  return undefined
}
