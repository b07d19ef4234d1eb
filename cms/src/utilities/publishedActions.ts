import type { Payload } from 'payload'
import { ACTION_STATUS } from '@vigil/shared'

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
  /** Why signing is refused now, or undefined while the action is open. */
  closedBecause?: 'closed' | 'not-open-yet'
}

// A viral action is asked about thousands of times a second; its settings change rarely. Each slug
// is looked up at most once per this many ms (and an editor's change shows within it).
const FRESH_FOR_MS = 5_000
type Found = Awaited<ReturnType<typeof lookUp>>
const cache = new Map<string, { at: number; action: Promise<Found> }>()

async function lookUp(payload: Payload, slug: string) {
  // As a visitor would: only a published action is found.
  const { docs } = await payload.find({
    collection: 'actions',
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
    status: doc.status,
    opensAt: doc.opensAt ? Date.parse(doc.opensAt) : undefined,
    closesAt: doc.closesAt ? Date.parse(doc.closesAt) : undefined,
  }
}

export async function findPublishedAction(
  payload: Payload,
  slug: string,
  now = Date.now(),
): Promise<PublishedAction | null> {
  let entry = cache.get(slug)
  if (!entry || now - entry.at > FRESH_FOR_MS) {
    entry = { at: now, action: lookUp(payload, slug) }
    // A failed lookup is not remembered: the next request asks again.
    entry.action.catch(() => cache.delete(slug))
    cache.set(slug, entry)
    if (cache.size > 10_000) cache.delete(cache.keys().next().value!)
  }
  const found = await entry.action
  if (!found) return null
  const { status, opensAt, closesAt, ...action } = found
  let closedBecause: PublishedAction['closedBecause']
  if (status !== ACTION_STATUS.open || (closesAt !== undefined && closesAt <= now)) closedBecause = 'closed'
  else if (opensAt !== undefined && opensAt > now) closedBecause = 'not-open-yet'
  return { ...action, closedBecause }
}

// Tests and the admin change actions directly; they start from a clean slate.
export const forgetPublishedActions = () => cache.clear()
