import type { Endpoint } from 'payload'
import { env } from '../../env'
import { type PlainResponse, toFetchResponse } from './plainResponse'

// The petition routes are the only ones the site's pages call from the browser, and they need no
// credentials: the site's origin may read their answers, and no origin ever gets
// Access-Control-Allow-Credentials, so no script on any site can act with a staff session.
// Payload's own CORS is off (no `cors` in payload.config.ts): every other route is same-origin only.
const ALLOWED_ORIGINS = new Set([env.siteOrigin])

export type PetitionRoute = 'sign' | 'count'
export const PETITION_METHODS: Record<PetitionRoute, string[]> = {
  sign: ['POST', 'OPTIONS'],
  count: ['GET', 'HEAD', 'OPTIONS'],
}

export function petitionCorsHeaders(origin: string | null | undefined): Record<string, string> {
  if (!origin || !ALLOWED_ORIGINS.has(origin)) return { Vary: 'Origin' }
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }
}

// The answer to a browser's preflight (a JSON post from the island needs one).
export const preflightHeaders = (route: PetitionRoute, origin: string | null | undefined): Record<string, string> => ({
  ...petitionCorsHeaders(origin),
  'Access-Control-Allow-Methods': PETITION_METHODS[route].join(', '),
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '86400',
})

// A petition answer through Payload's REST router (under `next dev`), with the same CORS as the fast path.
export const withPetitionCors = (answer: PlainResponse, origin: string | null): Response =>
  toFetchResponse({ ...answer, headers: { ...answer.headers, ...petitionCorsHeaders(origin) } })

export const preflightEndpoint = (route: PetitionRoute): Endpoint => ({
  path: `/:slug/${route}`,
  method: 'options',
  handler: (req) => new Response(null, { status: 204, headers: preflightHeaders(route, req.headers.get('origin')) }),
})
