import { userCanHandleSignatures } from '../../access/roles'
import { staffEndpoint } from '../../access/staffEndpoint'
import { eraseSigner } from '../eraseSigner'

const NO_STORE = { 'Cache-Control': 'no-store' }

// POST /api/signatures/erase { email } → { erased }. Campaigners and admins only.
export const eraseSignerEndpoint = staffEndpoint(
  { path: '/erase', method: 'post' },
  { allowed: userCanHandleSignatures, refusal: 'Only campaigners and admins can erase signer data.' },
  async (req) => {
    const body = (await req.json?.().catch(() => null)) as { email?: unknown } | null
    const email = typeof body?.email === 'string' ? body.email.trim() : ''
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
      return Response.json(
        { message: 'Enter the email address the signer used.', errors: { email: 'Enter an email address.' } },
        { status: 400 },
      )
    }
    const erasure = await eraseSigner(req.payload, req.user, email)
    if (erasure.outcome === 'failed') {
      return Response.json({ message: 'Some signatures could not be erased; please try again.' }, { status: 500 })
    }
    if (erasure.outcome === 'busy') {
      return Response.json(
        {
          message:
            'The signatures were erased, but the database is busy and still keeps a copy in its files. Erase the same address again in a minute.',
        },
        { status: 503, headers: { 'Retry-After': '60', ...NO_STORE } },
      )
    }
    return Response.json({ erased: erasure.erased }, { headers: NO_STORE })
  },
)
