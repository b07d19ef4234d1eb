import type { Payload } from 'payload'
import {
  catalogue,
  DEFAULT_LOCALE,
  inLocale,
  type Locale,
  localeOf,
  type RefusedResponse,
  type SignedResponse,
  siteAddress,
  sitePaths,
} from '@vigil/shared'
import { env } from '../../../env'
import { hashAddress } from '../../../http/clientAddress'
import { findPublishedAction } from '../../publishedActions'
import { signingWait } from '../../signingRateLimit'
import { SIGN_OUTCOME, signPetition } from '../../signPetition'
import { htmlResponse, jsonResponse, type PlainRequest, type PlainResponse, serverError } from '../plainResponse'
import { formPage, messagePage } from './formPage'
import { BodyError, type BodyKind, bodyKind, readSignBody } from './readBody'

const ALLOWED_ORIGINS = new Set([env.siteOrigin, new URL(env.CMS_URL).origin])
const NO_STORE = { 'Cache-Control': 'no-store' }
const thankYouUrl = (slug: string, language: Locale) =>
  siteAddress(env.SITE_URL, inLocale(language, sitePaths.thanks(slug)))
const answersIn = (language: Locale) => catalogue(language).petition.answers

// Each refusal's status and the catalogue answer that explains it.
const REFUSALS = {
  [SIGN_OUTCOME.unknownAction]: [404, 'unknownAction'],
  [SIGN_OUTCOME.closed]: [410, 'closed'],
  [SIGN_OUTCOME.notOpenYet]: [410, 'notOpenYet'],
} as const

interface RefuseOptions {
  slug?: string
  headers?: Record<string, string>
  errors?: Record<string, string>
  language?: Locale
}

// JSON for the island; a page for a plain form post, so a visitor without JavaScript reads it.
function refuse(kind: BodyKind, status: number, title: string, message: string, options: RefuseOptions = {}) {
  const headers = { ...NO_STORE, ...options.headers }
  const language = options.language ?? DEFAULT_LOCALE
  if (kind === 'form') return htmlResponse(status, messagePage(title, message, options.slug, language), headers)
  const body: RefusedResponse = options.errors ? { message, errors: options.errors } : { message }
  return jsonResponse(status, body, headers)
}

// POST /api/actions/:slug/sign, as the petition contract in DESIGN.md describes it.
export async function handleSign(payload: Payload, request: PlainRequest): Promise<PlainResponse> {
  try {
    return await sign(payload, request)
  } catch (error) {
    // A database error's text can quote the row, signer's email included: neither the visitor
    // nor the log gets it, only its kind.
    const kind =
      error instanceof Error ? `${error.name} ${String((error.cause as { code?: string })?.code ?? '')}` : 'unknown'
    payload.logger.error(`Storing a signature failed (${kind.trim()})`)
    return serverError()
  }
}

async function sign(payload: Payload, request: PlainRequest): Promise<PlainResponse> {
  const { slug, headers } = request
  const origin = headers.get('origin')
  const declaredForm = (headers.get('content-type') ?? '').includes('x-www-form-urlencoded')
  let kind: BodyKind = declaredForm ? 'form' : 'json'
  // Browsers send Origin with every POST; without one, the caller is a server, not a forged form.
  // Before the body is read, its language is unknown: English.
  if (origin !== null && !ALLOWED_ORIGINS.has(origin)) {
    return refuse(kind, 403, ...answersIn(DEFAULT_LOCALE).otherOrigin)
  }

  let input: Record<string, unknown>
  try {
    kind = bodyKind(headers.get('content-type'))
    input = await readSignBody(request, kind, env.SIGN_MAX_BODY_BYTES)
  } catch (error) {
    if (!(error instanceof BodyError)) throw error
    return refuse(kind, error.status, answersIn(DEFAULT_LOCALE).unreadable, error.message)
  }
  const language = localeOf(input.locale)
  const answers = answersIn(language)

  const addressHash = hashAddress(request.address)
  const wait = await signingWait(addressHash)
  if (wait > 0) {
    return refuse(kind, 429, ...answers.tooFast(wait), { slug, language, headers: { 'Retry-After': String(wait) } })
  }

  const result = await signPetition(payload, { slug, input, addressHash, referrer: headers.get('referer') })
  switch (result.outcome) {
    case SIGN_OUTCOME.signed: {
      if (kind === 'form') return { status: 303, headers: { ...NO_STORE, Location: thankYouUrl(slug, language) } }
      const body: SignedResponse = { signed: true, message: answers.signed }
      return jsonResponse(201, body, NO_STORE)
    }
    case SIGN_OUTCOME.invalid: {
      const action = kind === 'form' ? await findPublishedAction(payload, slug, { locale: language }) : null
      if (action) return htmlResponse(400, formPage(action, input, result.errors, language), NO_STORE)
      return refuse(kind, 400, ...answers.invalid, { errors: result.errors, language })
    }
    default: {
      const [status, answer] = REFUSALS[result.outcome]
      const [title, message] = answers[answer]
      const back = result.outcome === SIGN_OUTCOME.unknownAction ? undefined : slug
      return refuse(kind, status, title, message, { slug: back, language })
    }
  }
}
