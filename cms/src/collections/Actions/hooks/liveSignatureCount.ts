import type { FieldHook } from 'payload'
import type { Action } from '../../../payload-types'
import { latestCount, signatureCount } from '../../../petitions/signatureCounts'

// The stored count is refreshed every few seconds, but the admin lists drafts from their last
// saved version, whose count is the one it was saved with: show the newest aggregated count this
// process knows instead. For staff, when it knows none yet (nobody has signed or asked for the
// count since it started), aggregate it now, at most once per action per window; visitors read
// the published document, whose count the aggregation keeps.
export const liveSignatureCount: FieldHook<Action, number | null | undefined> = async ({ value, data, req }) => {
  if (data?.id === undefined) return value
  const latest = latestCount(data.id)
  if (latest !== undefined || !req.user) return latest ?? value
  return signatureCount(req.payload, data.id, value ?? undefined).catch(() => value)
}
