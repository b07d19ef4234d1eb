import { setImmediate as yieldToEventLoop } from 'node:timers/promises'
import type { Payload } from 'payload'
import type { Signature } from '../payload-types'
import { nameSearchKey } from '../petitions/signerSearch'

// Run as the CMS starts, in the background: signatures stored before the admin's search had its
// key (a MongoDB database, which has no migrations to fill it in) get it, a chunk at a time with
// the event loop given back in between. On SQL databases the migration did this already, and the
// indexed query finds nothing.
const CHUNK = 500

export async function fillMissingNameKeys(payload: Payload): Promise<void> {
  for (;;) {
    const { docs } = await payload.db.find<Signature>({
      collection: 'signatures',
      where: { nameKey: { exists: false } },
      limit: CHUNK,
      pagination: false,
    })
    for (const doc of docs) {
      await payload.db.updateOne({
        collection: 'signatures',
        id: doc.id,
        data: { nameKey: nameSearchKey(doc.name) },
        returning: false,
      })
    }
    if (docs.length < CHUNK) return
    await yieldToEventLoop()
  }
}
