import type { CollectionBeforeValidateHook } from 'payload'
import { normaliseEmail } from '@vigil/shared'
import type { Signature } from '../../../payload-types'

// Signatures a campaigner types in (say, from a paper petition) are deduplicated like signed ones.
export const setEmailKey: CollectionBeforeValidateHook<Signature> = ({ data }) => {
  if (data?.email) data.emailKey = normaliseEmail(data.email)
  return data
}
