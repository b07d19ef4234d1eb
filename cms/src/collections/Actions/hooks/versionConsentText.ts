import type { CollectionBeforeChangeHook } from 'payload'
import type { Action } from '../../../payload-types'

// Signatures record which wording a signer agreed to, so any change to it is a new version.
export const versionConsentText: CollectionBeforeChangeHook<Action> = ({ data, originalDoc }) => {
  const before = originalDoc?.consent?.text ?? null
  const after = data.consent?.text ?? before
  const version = originalDoc?.consent?.version ?? 1
  if (!originalDoc) return { ...data, consent: { ...data.consent, version: 1 } }
  return { ...data, consent: { ...data.consent, version: after !== before ? version + 1 : version } }
}
