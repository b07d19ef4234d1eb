import type { CollectionBeforeChangeHook } from 'payload'
import type { Action } from '../../../payload-types'

// Signatures record which wording a signer agreed to, so publishing changed wording makes a new version.
// Drafts and autosaves compare against the live (published) document, never against each other.
export const versionConsentText: CollectionBeforeChangeHook<Action> = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create' || !originalDoc?.id) return { ...data, consent: { ...data.consent, version: 1 } }
  const live = await req.payload.findByID({ collection: 'actions', id: originalDoc.id, depth: 0, draft: false, req })
  const liveVersion = live.consent?.version ?? 1
  const wasPublished = live._status === 'published'
  const publishing = data._status === 'published'
  const reworded = (data.consent?.text ?? live.consent?.text) !== live.consent?.text
  const version = wasPublished && publishing && reworded ? liveVersion + 1 : liveVersion
  return { ...data, consent: { ...data.consent, version } }
}
