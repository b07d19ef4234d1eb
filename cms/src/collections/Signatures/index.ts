import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { hasHiddenCharacters, MESSAGES, PETITION_LIMITS } from '@vigil/shared'
import { canHandleSignatures } from '../../access/canHandleSignatures'
import { nobody } from '../../access/nobody'
import { userCanHandleSignatures } from '../../access/roles'
import { ACTION, CAMPAIGNS, CONSENT_TO_UPDATES, NAME, SIGNATURES } from '../../admin/labels'
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
  labels: { singular: { en: 'Signature', fr: 'Signature' }, plural: SIGNATURES },
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
    description: {
      en: 'Search finds a signer by their full email address, or by the start of their name.',
      fr: 'La recherche trouve un signataire par son adresse courriel complète ou par le début de son nom.',
    },
    group: CAMPAIGNS,
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
    { name: 'action', label: ACTION, type: 'relationship', relationTo: 'actions', required: true, index: true },
    {
      name: 'name',
      label: NAME,
      type: 'text',
      required: true,
      maxLength: PETITION_LIMITS.name,
      validate: validateName,
    },
    {
      name: 'email',
      label: { en: 'Email', fr: 'Courriel' },
      type: 'email',
      required: true,
      admin: { description: { en: 'As the signer typed it.', fr: 'Tel que le signataire l’a saisi.' } },
    },
    {
      name: 'emailKey',
      label: { en: 'Email key', fr: 'Clé du courriel' },
      type: 'text',
      required: true,
      index: true,
      admin: { hidden: true },
      // One signature per action per person: the normalised address, unique with the action.
    },
    {
      name: SEARCH_FIELD,
      // What the admin's search box says it searches ("Search by name or email").
      label: { en: 'name or email', fr: 'nom ou courriel' },
      type: 'text',
      index: true,
      admin: { hidden: true },
      // The name as the admin's search matches it (lower case, no accents): see signatureSearch.
    },
    {
      name: 'country',
      label: { en: 'Country', fr: 'Pays' },
      type: 'text',
      required: true,
      maxLength: 2,
      admin: { description: { en: 'ISO 3166 code', fr: 'Code ISO 3166' } },
    },
    {
      name: 'postalCode',
      label: { en: 'Postal code', fr: 'Code postal' },
      type: 'text',
      maxLength: PETITION_LIMITS.postalCode,
    },
    {
      type: 'row',
      fields: [
        { name: 'consentToUpdates', label: CONSENT_TO_UPDATES, type: 'checkbox', defaultValue: false },
        { name: 'consentVersion', label: { en: 'Consent version', fr: 'Version du consentement' }, type: 'number' },
        { name: 'consentedAt', label: { en: 'Consent date', fr: 'Date du consentement' }, type: 'date' },
      ],
    },
    {
      name: 'namesGoToTargets',
      label: { en: 'Told their name goes to the targets', fr: 'Informé que son nom est remis aux destinataires' },
      type: 'checkbox',
      access: { update: nobodyField },
      admin: {
        readOnly: true,
        description: {
          en: 'The promise the form made when this person signed; the delivery export keeps it.',
          fr: 'L’engagement pris par le formulaire lorsque cette personne a signé ; l’exportation pour remise aux destinataires le respecte.',
        },
      },
    },
    {
      name: 'source',
      label: { en: 'Source', fr: 'Provenance' },
      type: 'group',
      fields: [
        { name: 'utmSource', label: { en: 'UTM source', fr: 'Source UTM' }, type: 'text' },
        { name: 'utmMedium', label: { en: 'UTM medium', fr: 'Support UTM' }, type: 'text' },
        { name: 'utmCampaign', label: { en: 'UTM campaign', fr: 'Campagne UTM' }, type: 'text' },
        { name: 'referrer', label: { en: 'Referrer', fr: 'Page de provenance' }, type: 'text' },
      ],
    },
    {
      name: 'locale',
      label: { en: 'Language', fr: 'Langue' },
      type: 'text',
      maxLength: PETITION_LIMITS.locale,
      admin: {
        description: {
          en: 'The language of the form the signer used.',
          fr: 'La langue du formulaire utilisé par le signataire.',
        },
      },
    },
    {
      name: 'addressHash',
      label: { en: 'Address hash', fr: 'Empreinte de l’adresse' },
      type: 'text',
      access: { update: nobodyField },
      admin: {
        readOnly: true,
        description: {
          en: 'A keyed hash of the network address it came from, to spot floods; the address is never stored.',
          fr: 'Empreinte à clé de l’adresse réseau d’origine, pour repérer les envois massifs ; l’adresse elle-même n’est jamais conservée.',
        },
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
