import type { Endpoint, Payload } from 'payload'
import { ACTION_STATE, catalogue, type CountResponse, DEFAULT_LOCALE, type Locale, localeOf } from '@vigil/shared'
import { env } from '../../env'
import { findPublishedAction } from '../publishedActions'
import { signatureCount } from '../signatureCounts'
import { withPetitionCors } from './petitionCors'
import { jsonResponse, type PlainResponse } from './plainResponse'

// Browsers and shared caches may keep it as long as the count is aggregated for, and serve it a
// while longer while they fetch a fresh one: a viral action's count costs the CMS little.
const CACHE_CONTROL = `public, max-age=${env.COUNT_MAX_AGE_SECONDS}, stale-while-revalidate=${env.COUNT_MAX_AGE_SECONDS * 6}`

// GET /api/actions/:slug/count[?locale=fr] → { count, goal, closed }. Numbers only: nothing about
// any signer. The slug is the action's in that language; the count is the same in every language.
export async function handleCount(
  payload: Payload,
  slug: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<PlainResponse> {
  const action = await findPublishedAction(payload, slug, { locale })
  if (!action) {
    const [, message] = catalogue(locale).petition.answers.unknownAction
    return jsonResponse(404, { message }, { 'Cache-Control': 'no-store' })
  }
  const body: CountResponse = {
    count: await signatureCount(payload, action.id, action.signatureCount),
    goal: action.goal,
    closed: action.state === ACTION_STATE.closed,
  }
  return jsonResponse(200, body, { 'Cache-Control': CACHE_CONTROL })
}

export const countEndpoint: Endpoint = {
  path: '/:slug/count',
  method: 'get',
  handler: async (req) =>
    withPetitionCors(
      await handleCount(req.payload, String(req.routeParams?.slug ?? ''), localeOf(req.searchParams.get('locale'))),
      req.headers.get('origin'),
    ),
}
