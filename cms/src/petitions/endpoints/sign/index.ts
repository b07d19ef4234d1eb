import type { Endpoint } from 'payload'
import { clientAddress } from '../../../http/clientAddress'
import { withPetitionCors } from '../petitionCors'
import { handleSign } from './handleSign'

// Through Payload's REST router (under `next dev`, or when the Node server's fast path is off).
export const signEndpoint: Endpoint = {
  path: '/:slug/sign',
  method: 'post',
  handler: async (req) => {
    const answer = await handleSign(req.payload, {
      slug: String(req.routeParams?.slug ?? ''),
      headers: req.headers,
      body: (req.body as AsyncIterable<Uint8Array> | null) ?? null,
      address: clientAddress(req.headers),
    })
    return withPetitionCors(answer, req.headers.get('origin'))
  },
}
