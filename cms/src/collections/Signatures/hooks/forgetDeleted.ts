import type { CollectionAfterDeleteHook } from 'payload'
import { forgetDeletedData } from '../../../database/index'

// A signature deleted from the admin (one, or a selection) leaves the database's files as fully
// as one erased with "Erase a signer's data". Best effort here: if a reader holds the write-ahead
// log, the next checkpoint (or the next erasure) finishes the job.
export const forgetDeletedSignature: CollectionAfterDeleteHook = async ({ req }) => {
  await forgetDeletedData().catch((error: unknown) =>
    req.payload.logger.warn({ err: error }, 'A deleted signature is not yet overwritten in the database files'),
  )
}
