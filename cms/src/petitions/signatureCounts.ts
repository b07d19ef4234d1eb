import type { Payload } from 'payload'
import { countInSlices } from '../database/index'
import { env } from '../env'

// The public count is aggregated (a COUNT over the stored signatures) at most once per action per
// COUNT_MAX_AGE_SECONDS, never bumped once per signature: a viral action has no hot row to fight over.
const refreshEveryMs = env.COUNT_MAX_AGE_SECONDS * 1000
type Id = number | string
// Bound: one entry per action in each map, and only for published actions (the count and sign
// endpoints look the action up first), so they grow with the campaign's actions, never with signatures.
const counts = new Map<Id, { at: number; count: Promise<number> }>()
const pendingRefresh = new Map<Id, NodeJS.Timeout>()
const written = new Map<Id, number>()
const latest = new Map<Id, number>()

// The last count aggregated in this process, if any: no database call.
export const latestCount = (actionId: Id): number | undefined => latest.get(actionId)

async function aggregate(payload: Payload, actionId: Id, stored: number | undefined): Promise<number> {
  const totalDocs = await countInSlices(payload, 'signatures', { action: { equals: actionId } })
  // Reconcile the action's cached count (shown in the admin and baked into the static site).
  // Written below the API on purpose: no version, no hooks, no site rebuild for a count. And no
  // new updatedAt (null keeps it, in every adapter): a count is not an edit, and the site's
  // incremental builds refetch everything that embeds an action whose updatedAt moved.
  if (totalDocs !== (written.get(actionId) ?? stored)) {
    await payload.db.updateOne({
      collection: 'actions',
      id: actionId,
      data: { signatureCount: totalDocs, updatedAt: null },
      returning: false,
    })
    written.set(actionId, totalDocs)
  }
  latest.set(actionId, totalDocs)
  return totalDocs
}

export async function signatureCount(payload: Payload, actionId: Id, stored?: number): Promise<number> {
  const now = Date.now()
  let entry = counts.get(actionId)
  if (!entry || now - entry.at >= refreshEveryMs) {
    const previous = entry
    entry = { at: now, count: aggregate(payload, actionId, stored) }
    counts.set(actionId, entry)
    // On a failed count, answer the last good one and try again next time.
    entry.count = entry.count.catch(async (error: unknown) => {
      counts.delete(actionId)
      if (previous) return previous.count
      throw error
    })
  }
  return entry.count
}

// After a signature: make sure the count catches up within the window even if nobody asks for it.
export function countSoon(payload: Payload, actionId: Id): void {
  if (pendingRefresh.has(actionId)) return
  const timer = setTimeout(() => {
    pendingRefresh.delete(actionId)
    counts.delete(actionId)
    signatureCount(payload, actionId).catch((error: unknown) =>
      payload.logger.error({ err: error, actionId }, 'Could not refresh a signature count'),
    )
  }, refreshEveryMs)
  timer.unref()
  pendingRefresh.set(actionId, timer)
}
