import type { CollectionBeforeValidateHook } from 'payload'
import type { Signature } from '../../../payload-types'
import { nameSearchKey } from '../../../petitions/signerSearch'

// Signatures a campaigner types in are found by name like signed ones.
export const setNameKey: CollectionBeforeValidateHook<Signature> = ({ data }) => {
  if (data?.name) data.nameKey = nameSearchKey(data.name)
  return data
}
