import { addDataAndFileToRequest, APIError, type Endpoint, forgotPasswordOperation } from 'payload'
import { clientAddress } from '../http/clientAddress'
import { spendAddressAttempt } from './signInThrottle'
import { throttled } from './signInThrottled'

// Replaces Payload's POST /api/users/forgot-password (custom endpoints are matched first). Payload
// answers the same words for any email but only after looking the account up and, for a real one,
// saving a reset token and sending mail, so the time taken told which accounts exist. This answers
// first and does the work afterwards; the admin's "Forgot password?" form posts here.
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const wait = await spendAddressAttempt(clientAddress(req.headers))
    if (wait) throw throttled(req, wait)
    const email = typeof req.data?.email === 'string' ? req.data.email : ''
    // The same refusal as Payload's, and it depends on nothing but the request.
    if (!email.trim()) throw new APIError('Missing email.', 400)
    // The generated auth types ask for a password, which this operation never reads.
    const data = { email } as { email: string; password: string }
    void forgotPasswordOperation({ collection: req.payload.collections.users, data, req }).catch((err: unknown) =>
      req.payload.logger.error({ err, msg: 'Forgot-password request failed' }),
    )
    return Response.json({ message: req.t('general:success') }, { status: 200 })
  },
}
