import type { CollectionBeforeChangeHook } from 'payload'
import type { Signature } from '../../../payload-types'

// A signature typed in by a campaigner (from a paper petition) was collected under the action's
// promise of the day, as one signed online is: whether names go to the targets is copied from the
// action when the signature is stored, and never changes afterwards.
export const recordPromise: CollectionBeforeChangeHook<Signature> = async ({ data, operation, req }) => {
  if (operation !== 'create' || typeof data.namesGoToTargets === 'boolean' || data.action === undefined) return data
  const actionId = typeof data.action === 'object' ? data.action.id : data.action
  const action = await req.payload.findByID({ collection: 'actions', id: actionId, depth: 0, req, disableErrors: true })
  return { ...data, namesGoToTargets: action?.namesGoToTargets ?? true }
}
