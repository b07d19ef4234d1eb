import type { CollectionBeforeOperationHook } from 'payload'
import { indexedSearch } from '../../../petitions/signerSearch'

// The admin's search (and any query on the search field) answered from indexes: see signatureSearch.
export const searchByIndex: CollectionBeforeOperationHook = ({ args, operation }) => {
  if ((operation !== 'read' && operation !== 'count') || !('where' in args)) return args
  return { ...args, where: indexedSearch(args.where) }
}
