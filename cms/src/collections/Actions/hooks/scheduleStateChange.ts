import type { CollectionAfterChangeHook } from 'payload'
import type { Action } from '../../../payload-types'
import { scheduleStateChange } from '../../../jobs/settleActionState'

// When an action is saved with a new opening or closing time (or reopened), a job waits for that
// moment. Saves made by the job itself schedule the next moment from the job.
export const scheduleActionStateChange: CollectionAfterChangeHook<Action> = async ({ doc, previousDoc, req }) => {
  if (req.context.actionStateSettled) return
  const same =
    previousDoc &&
    previousDoc.opensAt === doc.opensAt &&
    previousDoc.closesAt === doc.closesAt &&
    previousDoc.status === doc.status
  if (!same) await scheduleStateChange(req.payload, doc)
}
