import type { FieldHook } from 'payload'
import type { Action } from '../../../payload-types'
import { latestCount } from '../../../petitions/signatureCounts'

// The stored count is refreshed every few seconds, but the admin lists drafts from their last
// saved version: show the newest aggregated count this process knows instead.
export const liveSignatureCount: FieldHook<Action, number | null | undefined> = ({ value, data }) =>
  (data?.id !== undefined ? latestCount(data.id) : undefined) ?? value
