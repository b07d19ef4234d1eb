import { readFile } from 'node:fs/promises'
import type { CollectionBeforeOperationHook } from 'payload'
import { cleanImage } from '../../../uploads/cleanImage'

// Before Payload names, sizes and stores an upload: only an accepted image goes on, drawn again from
// its pixels and named for what its bytes are (a PNG sent as `evil.html` is stored as `evil.png`).
// An upload spooled to a temporary file (Payload's useTempFiles) is read from there and goes on in
// memory, so no path skips the cleaning.
export const cleanUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  const data = file.data?.length ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : file.data
  req.file = { ...file, ...(await cleanImage({ ...file, data })), tempFilePath: undefined }
  return args
}
