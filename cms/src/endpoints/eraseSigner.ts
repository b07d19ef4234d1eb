import type { Endpoint } from 'payload'
import { normaliseEmail } from '@vigil/shared'
import { hasRole } from '../access/roles'
import { forgetDeletedData } from '../database'
import { countSoon } from '../utilities/signatureCounts'

// POST /api/signatures/erase { email } → { erased }: a signer's right to erasure, across every
// action, matched the way signing deduplicates (so "J.Doe+x@gmail.com" finds "jdoe@gmail.com").
export const eraseSignerEndpoint: Endpoint = {
  path: '/erase',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'campaigner')) {
      return Response.json({ message: 'Only campaigners and admins can erase signer data.' }, { status: 403 })
    }
    const body = (await req.json?.().catch(() => null)) as { email?: unknown } | null
    const email = typeof body?.email === 'string' ? body.email.trim() : ''
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
      return Response.json(
        { message: 'Enter the email address the signer used.', errors: { email: 'Enter an email address.' } },
        { status: 400 },
      )
    }
    const { docs, errors } = await req.payload.delete({
      collection: 'signatures',
      where: { emailKey: { equals: normaliseEmail(email) } },
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    if (errors.length) {
      return Response.json({ message: 'Some signatures could not be erased; please try again.' }, { status: 500 })
    }
    const actions = new Set(docs.map((doc) => (typeof doc.action === 'object' ? doc.action.id : doc.action)))
    for (const actionId of actions) countSoon(req.payload, actionId)
    // The log says that an erasure happened and who did it, never whose data it was.
    req.payload.logger.info({ erased: docs.length, by: req.user?.id }, 'Erased a signer’s signatures')
    // Deleted is not yet gone: the database's files may still hold the rows. Run even when nothing
    // matched, so that asking again finishes an erasure whose clean-up failed.
    try {
      await forgetDeletedData()
    } catch (error) {
      req.payload.logger.warn({ err: error }, 'Erased signatures are not yet overwritten in the database files')
      return Response.json(
        {
          message:
            'The signatures were erased, but the database is busy and still keeps a copy in its files. Erase the same address again in a minute.',
        },
        { status: 503, headers: { 'Retry-After': '60', 'Cache-Control': 'no-store' } },
      )
    }
    return Response.json({ erased: docs.length }, { headers: { 'Cache-Control': 'no-store' } })
  },
}
