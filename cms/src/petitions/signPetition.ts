import type { Payload } from 'payload'
import { ACTION_STATE, fieldErrors, isBot, localeOf, normaliseEmail, signatureInput } from '@vigil/shared'
import { findPublishedAction } from './publishedActions'
import { nameSearchKey } from './signerSearch'
import { countSoon } from './signatureCounts'
import { storeSignature } from './signatureWriter'

export const SIGN_OUTCOME = {
  signed: 'signed',
  invalid: 'invalid',
  unknownAction: 'unknown-action',
  closed: 'closed',
  notOpenYet: 'not-open-yet',
} as const

export type SignOutcome =
  | { outcome: typeof SIGN_OUTCOME.signed; action: { slug: string; title: string } }
  | { outcome: typeof SIGN_OUTCOME.invalid; errors: Record<string, string> }
  | { outcome: typeof SIGN_OUTCOME.unknownAction | typeof SIGN_OUTCOME.closed | typeof SIGN_OUTCOME.notOpenYet }

export interface SignRequest {
  slug: string
  input: Record<string, unknown>
  addressHash: string
  referrer?: string | null
  now?: Date
}

// The one way a signature enters the database: find the open action, drop bots, validate and
// normalise, store. A repeat signature is skipped by the unique (action, emailKey) index and
// answered exactly like a new one.
export async function signPetition(payload: Payload, request: SignRequest): Promise<SignOutcome> {
  const now = request.now ?? new Date()
  // The form's language: the action is found by its slug there, and answered in it.
  const language = localeOf(request.input.locale)
  const action = await findPublishedAction(payload, request.slug, { now: now.getTime(), locale: language })
  if (!action) return { outcome: SIGN_OUTCOME.unknownAction }
  if (action.state === ACTION_STATE.closed) return { outcome: SIGN_OUTCOME.closed }
  if (action.state === ACTION_STATE.upcoming) return { outcome: SIGN_OUTCOME.notOpenYet }

  const signed = { outcome: SIGN_OUTCOME.signed, action: { slug: action.slug, title: action.title } }
  if (isBot(request.input)) return signed

  const parsed = signatureInput.safeParse(request.input)
  if (!parsed.success) return { outcome: SIGN_OUTCOME.invalid, errors: fieldErrors(parsed.error, language) }
  const input = parsed.data
  // The wording the signer saw: the version their form showed, unless it claims one that never existed.
  const consentVersion =
    input.consentVersion && input.consentVersion <= action.consentVersion ? input.consentVersion : action.consentVersion
  const at = now.toISOString()

  // Below the collection API on purpose: the input is validated above, access is this endpoint's
  // to decide, and skipping hooks and a read-back is what lets one process take a viral spike.
  await storeSignature(payload, {
    action: action.id,
    name: input.name,
    nameKey: nameSearchKey(input.name),
    email: input.email,
    emailKey: normaliseEmail(input.email),
    country: input.country,
    postalCode: input.postalCode,
    consentToUpdates: input.consentToUpdates,
    consentVersion,
    consentedAt: at,
    // What the form promised this signer, kept with the signature: a later change of the action's
    // setting does not change what happens to the names of people who already signed. The page
    // they signed on may predate the current setting: the more private of the two holds.
    namesGoToTargets: input.namesGoToTargets !== false && action.namesGoToTargets,
    source: {
      utmSource: input.utmSource,
      utmMedium: input.utmMedium,
      utmCampaign: input.utmCampaign,
      referrer: request.referrer?.slice(0, 500) || undefined,
    },
    locale: input.locale,
    addressHash: request.addressHash,
    createdAt: at,
    updatedAt: at,
  })
  countSoon(payload, action.id)
  return signed
}
