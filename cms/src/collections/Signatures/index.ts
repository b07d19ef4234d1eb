import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { hasHiddenCharacters, MESSAGES, PETITION_LIMITS } from '@vigil/shared'
import { canHandleSignatures } from '../../access/canHandleSignatures'
import { nobody } from '../../access/nobody'
import { userCanHandleSignatures } from '../../access/roles'
import { nobodyField } from '../../access/nobodyField'
import { eraseSignerEndpoint } from '../../petitions/endpoints/eraseSigner'
import { exportSignaturesEndpoint } from '../../petitions/endpoints/exportSignatures'
import { forgetDeletedSignature } from './hooks/forgetDeleted'
import { recordPromise } from './hooks/recordPromise'
import { searchByIndex } from './hooks/searchByIndex'
import { setEmailKey } from './hooks/setEmailKey'
import { setNameKey } from './hooks/setNameKey'
import { SEARCH_FIELD } from '../../petitions/signerSearch'

// A name typed in by a campaigner is refused for the same hidden characters as one a signer types
// on the site. (Formula-like names are allowed here, as on paper; every export defuses them.)
const validateName: TextFieldSingleValidation = (value) =>
  !value ? MESSAGES.name : !hasHiddenCharacters(value) || MESSAGES.nameHidden

// Signer personal data. Visitors write only through the sign endpoint; campaigners may add
// signatures collected on paper, export and erase; editors never see any of it.
export const Signatures: CollectionConfig = {
  slug: 'signatures',
  access: {
    admin: canHandleSignatures,
    create: canHandleSignatures,
    read: canHandleSignatures,
    update: nobody,
    delete: canHandleSignatures,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'action', 'country', 'consentToUpdates', 'createdAt'],
    listSearchableFields: [SEARCH_FIELD],
    description: 'Search finds a signer by their full email address, or by the start of their name.',
    group: 'Campaigns',
    hidden: ({ user }) => !userCanHandleSignatures(user),
    components: { beforeListTable: ['/components/admin/EraseSigner#EraseSigner'] },
  },
  endpoints: [exportSignaturesEndpoint, eraseSignerEndpoint],
  // The unique pair deduplicates. The others answer the admin's list at a million signatures: each
  // filter it offers most (action, country, consent) in the list's newest-first order.
  indexes: [
    { fields: ['action', 'emailKey'], unique: true },
    { fields: ['action', 'createdAt'] },
    { fields: ['country', 'createdAt'] },
    { fields: ['consentToUpdates', 'createdAt'] },
  ],
  fields: [
    { name: 'action', type: 'relationship', relationTo: 'actions', required: true, index: true },
    { name: 'name', type: 'text', required: true, maxLength: PETITION_LIMITS.name, validate: validateName },
    { name: 'email', type: 'email', required: true, admin: { description: 'As the signer typed it.' } },
    {
      name: 'emailKey',
      type: 'text',
      required: true,
      index: true,
      admin: { hidden: true },
      // One signature per action per person: the normalised address, unique with the action.
    },
    {
      name: SEARCH_FIELD,
      // What the admin's search box says it searches ("Search by name or email").
      label: 'name or email',
      type: 'text',
      index: true,
      admin: { hidden: true },
      // The name as the admin's search matches it (lower case, no accents): see signatureSearch.
    },
    { name: 'country', type: 'text', required: true, maxLength: 2, admin: { description: 'ISO 3166 code' } },
    { name: 'postalCode', type: 'text', maxLength: PETITION_LIMITS.postalCode },
    {
      type: 'row',
      fields: [
        { name: 'consentToUpdates', type: 'checkbox', defaultValue: false },
        { name: 'consentVersion', type: 'number' },
        { name: 'consentedAt', type: 'date' },
      ],
    },
    {
      name: 'namesGoToTargets',
      label: 'Told their name goes to the targets',
      type: 'checkbox',
      access: { update: nobodyField },
      admin: {
        readOnly: true,
        description: 'The promise the form made when this person signed; the delivery export keeps it.',
      },
    },
    {
      name: 'source',
      type: 'group',
      fields: [
        { name: 'utmSource', type: 'text' },
        { name: 'utmMedium', type: 'text' },
        { name: 'utmCampaign', type: 'text' },
        { name: 'referrer', type: 'text' },
      ],
    },
    {
      name: 'locale',
      label: 'Language',
      type: 'text',
      maxLength: PETITION_LIMITS.locale,
      admin: { description: 'The language of the form the signer used.' },
    },
    {
      name: 'addressHash',
      type: 'text',
      access: { update: nobodyField },
      admin: {
        readOnly: true,
        description: 'A keyed hash of the network address it came from, to spot floods; the address is never stored.',
      },
    },
  ],
  hooks: {
    beforeOperation: [searchByIndex],
    beforeValidate: [setEmailKey, setNameKey],
    beforeChange: [recordPromise],
    afterDelete: [forgetDeletedSignature],
  },
  timestamps: true,
}
