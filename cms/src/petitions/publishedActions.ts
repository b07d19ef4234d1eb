import type { Payload } from 'payload'
import { type ActionState, actionState, DEFAULT_LOCALE, type Locale } from '@vigil/shared'

export interface PublishedAction {
  id: number | string
  slug: string
  title: string
  goal: number
  signatureCount: number
  consentVersion: number
  consentText: string
  targets: string
  namesGoToTargets: boolean
  /** Where it stands now, by the shared rule (the stored state may be a moment behind the clock). */
  state: ActionState
}

// A viral action is asked about thousands of times a second; its settings change rarely. Each slug
// is looked up at most once per this many ms (and an editor's change shows within it).
const FRESH_FOR_MS = 5_000
// Bound: anyone can ask about any slug (misses are remembered too), so the cache forgets its oldest
// entry beyond this many slugs; a site has far fewer actions.
const MAX_CACHED_SLUGS = 10_000
type Found = Awaited<ReturnType<typeof lookUp>>
const cache = new Map<string, { at: number; action: Promise<Found> }>()

async function lookUp(payload: Payload, slug: string, locale: Locale) {
  // As a visitor would: only a published action is found, by its slug in the signer's language,
  // with its wording in that language.
  const { docs } = await payload.find({
    collection: 'actions',
    locale,
    where: { slug: { equals: slug } },
    overrideAccess: false,
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    select: {
      slug: true,
      title: true,
      goal: true,
      status: true,
      opensAt: true,
      closesAt: true,
      signatureCount: true,
      consent: true,
      targets: true,
      namesGoToTargets: true,
    },
  })
  const doc = docs[0]
  if (!doc) return null
  return {
    id: doc.id,
    slug: doc.slug,
    title: doc.title,
    goal: doc.goal,
    signatureCount: doc.signatureCount ?? 0,
    consentVersion: doc.consent?.version ?? 1,
    consentText: doc.consent?.text ?? '',
    targets: doc.targets,
    namesGoToTargets: doc.namesGoToTargets ?? true,
    timing: { status: doc.status, opensAt: doc.opensAt, closesAt: doc.closesAt },
  }
}

export async function findPublishedAction(
  payload: Payload,
  slug: string,
  { now = Date.now(), locale = DEFAULT_LOCALE }: { now?: number; locale?: Locale } = {},
): Promise<PublishedAction | null> {
  const key = `${locale}/${slug}`
  let entry = cache.get(key)
  if (!entry || now - entry.at > FRESH_FOR_MS) {
    entry = { at: now, action: lookUp(payload, slug, locale) }
    // A failed lookup is not remembered: the next request asks again.
    entry.action.catch(() => cache.delete(key))
    cache.set(key, entry)
    if (cache.size > MAX_CACHED_SLUGS) cache.delete(cache.keys().next().value!)
  }
  const found = await entry.action
  if (!found) return null
  const { timing, ...action } = found
  return { ...action, state: actionState(timing, now) }
}

// Tests and the admin change actions directly; they start from a clean slate.
export const forgetPublishedActions = () => cache.clear()
