import { localeOf } from '@vigil/shared'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { getPayload } from 'payload'
import config from '@payload-config'
import { clientAddress } from '../../http/clientAddress'
import type { FastPath } from '../../http/serverHandoff'
import { BASE_HEADERS } from '../../securityHeaders'
import { handleCount } from './count'
import { PETITION_METHODS, type PetitionRoute, petitionCorsHeaders, preflightHeaders } from './petitionCors'
import { type PlainResponse, serverError } from './plainResponse'
import { handleSign } from './sign/handleSign'

// The two petition routes a viral action hammers, answered straight from the Node server: Next's
// request pipeline alone costs about a millisecond of CPU per request on a small machine, more
// than storing the signature. Same handlers, same Payload instance as the REST routes.
const ROUTE = /^\/api\/actions\/([^/?#]+)\/(sign|count)\/?(?:\?.*)?$/
function send(res: ServerResponse, origin: string | undefined, { status, headers, body }: PlainResponse) {
  res.writeHead(status, { ...BASE_HEADERS, ...headers, ...petitionCorsHeaders(origin) })
  res.end(body)
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) for (const each of value) headers.append(name, each)
  }
  return headers
}

async function answer(req: IncomingMessage, res: ServerResponse, slug: string, route: PetitionRoute) {
  const origin = req.headers.origin
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { ...BASE_HEADERS, ...preflightHeaders(route, origin) })
    res.end()
    return
  }
  const payload = await getPayload({ config })
  const headers = toHeaders(req)
  if (route === 'count') {
    const locale = localeOf(new URL(req.url ?? '/', 'http://cms.invalid').searchParams.get('locale'))
    return send(res, origin, await handleCount(payload, slug, locale))
  }
  const address = clientAddress(headers, req.socket.remoteAddress ?? '')
  send(res, origin, await handleSign(payload, { slug, headers, body: req, address }))
}

export const petitionFastPath: FastPath = (req, res) => {
  const match = ROUTE.exec(req.url ?? '')
  if (!match) return false
  const [, rawSlug, route] = match as unknown as [string, string, PetitionRoute]
  if (!PETITION_METHODS[route].includes(req.method ?? '')) return false
  let slug: string
  try {
    slug = decodeURIComponent(rawSlug)
  } catch {
    return false
  }
  answer(req, res, slug, route).catch((error: unknown) => {
    console.error('Petition request failed:', error)
    if (!res.headersSent) {
      send(res, req.headers.origin, serverError())
    } else res.destroy()
  })
  return true
}
