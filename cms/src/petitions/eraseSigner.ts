import type { Payload } from 'payload'
import { normaliseEmail } from '@vigil/shared'
import { forgetDeletedData } from '../database'
import type { User } from '../payload-types'
import { countSoon } from './signatureCounts'

export type Erasure =
  /** Every signature of the address is gone, from the database's files too. */
  | { outcome: 'erased'; erased: number }
  /** Some rows could not be deleted. */
  | { outcome: 'failed' }
  /** Deleted, but the database's files still hold a copy until it is less busy: ask again. */
  | { outcome: 'busy'; erased: number }

// A signer's right to erasure, across every action, matched the way signing deduplicates (so
// "J.Doe+x@gmail.com" finds "jdoe@gmail.com"). Runs with the asking user's access.
export async function eraseSigner(payload: Payload, user: User, email: string): Promise<Erasure> {
  const { docs, errors } = await payload.delete({
    collection: 'signatures',
    where: { emailKey: { equals: normaliseEmail(email) } },
    depth: 0,
    overrideAccess: false,
    user,
  })
  if (errors.length) return { outcome: 'failed' }
  const actions = new Set(docs.map((doc) => (typeof doc.action === 'object' ? doc.action.id : doc.action)))
  for (const actionId of actions) countSoon(payload, actionId)
  // The log says that an erasure happened and who did it, never whose data it was.
  payload.logger.info({ erased: docs.length, by: user.id }, 'Erased a signer’s signatures')
  // Deleted is not yet gone: the database's files may still hold the rows. Run even when nothing
  // matched, so that asking again finishes an erasure whose clean-up failed.
  try {
    await forgetDeletedData()
  } catch (error) {
    payload.logger.warn({ err: error }, 'Erased signatures are not yet overwritten in the database files')
    return { outcome: 'busy', erased: docs.length }
  }
  return { outcome: 'erased', erased: docs.length }
}
