import type { CollectionConfig } from 'payload'
import { ACTION_STATE, ACTION_STATUS, catalogue, localeOf } from '@vigil/shared'
import { nobodyField } from '../../access/nobodyField'
import {
  ACTION,
  CAMPAIGNS,
  CONSENT_TO_UPDATES,
  HERO_IMAGE,
  PUBLISHED_AT,
  SEO,
  SIGNATURES,
  TITLE,
  type Label,
} from '../../admin/labels'
import { richTextEditor } from '../../fields/richTextEditor'
import { seoFields } from '../../fields/seo'
import { topicsField } from '../../fields/topics'
import { slugField } from '../../fields/slug'
import { draftsWithSchedule } from '../../fields/versions'
import { countEndpoint } from '../../petitions/endpoints/count'
import { preflightEndpoint } from '../../petitions/endpoints/petitionCors'
import { signEndpoint } from '../../petitions/endpoints/sign'
import { setPublishedAt } from '../../hooks/setPublishedAt'
import { liveSignatureCount } from './hooks/liveSignatureCount'
import { scheduleActionStateChange } from './hooks/scheduleStateChange'
import { storeActionState } from './hooks/storeActionState'
import { versionConsentText } from './hooks/versionConsentText'
import { rebuildOnPublishedChange } from '../../hooks/notifyRebuild'
import { liveLinkField } from '../../fields/liveLink'
import { translationFields } from '../../fields/translations'
import { draftedContentAccess } from '../../access/contentAccess'

const rebuild = rebuildOnPublishedChange('actions')

// A new action's wording, in the language it is being written in, until an editor writes its own.
const defaults = ({ locale }: { locale?: string }) => catalogue(localeOf(locale)).actionDefaults

// An action that takes no more signatures, as the signing status and as its state now.
const CLOSED: Label = { en: 'Closed', fr: 'Fermée' }

export const Actions: CollectionConfig = {
  slug: 'actions',
  labels: { singular: ACTION, plural: { en: 'Actions', fr: 'Actions' } },
  access: draftedContentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'signatureProgress', '_status', 'languages'],
    group: CAMPAIGNS,
  },
  defaultPopulate: {
    title: true,
    slug: true,
    summary: true,
    status: true,
    state: true,
    opensAt: true,
    closesAt: true,
    heroImage: true,
    goal: true,
  },
  fields: [
    { name: 'title', label: TITLE, type: 'text', required: true, maxLength: 160, localized: true },
    liveLinkField('actions'),
    ...translationFields,
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Petition', fr: 'Pétition' },
          fields: [
            { name: 'heroImage', label: HERO_IMAGE, type: 'upload', relationTo: 'media' },
            {
              name: 'summary',
              label: { en: 'Summary', fr: 'Résumé' },
              type: 'textarea',
              localized: true,
              required: true,
              maxLength: 400,
              admin: {
                description: {
                  en: 'One or two sentences: what is happening and what we ask.',
                  fr: 'Une ou deux phrases : ce qui se passe et ce que nous demandons.',
                },
              },
            },
            {
              name: 'ask',
              label: { en: 'The ask', fr: 'La demande' },
              type: 'richText',
              editor: richTextEditor,
              localized: true,
            },
            {
              name: 'targets',
              label: { en: 'Targets', fr: 'Destinataires' },
              type: 'text',
              localized: true,
              required: true,
              admin: {
                description: {
                  en: 'Who the petition is addressed to: "the governments of Syria and Russia".',
                  fr: 'À qui la pétition s’adresse : « les gouvernements de la Syrie et de la Russie ».',
                },
              },
            },
            {
              name: 'goal',
              label: { en: 'Signature goal', fr: 'Objectif de signatures' },
              type: 'number',
              required: true,
              min: 1,
              defaultValue: 10000,
            },
          ],
        },
        {
          label: { en: 'After signing', fr: 'Après la signature' },
          fields: [
            {
              name: 'shareText',
              label: { en: 'Suggested share text', fr: 'Texte de partage suggéré' },
              type: 'textarea',
              localized: true,
              maxLength: 280,
              admin: {
                description: {
                  en: 'Pre-filled when a signer shares the action.',
                  fr: 'Prérempli lorsqu’un signataire partage l’action.',
                },
              },
            },
            {
              name: 'thankYouText',
              label: { en: 'Thank-you message', fr: 'Message de remerciement' },
              type: 'textarea',
              localized: true,
              defaultValue: (args: { locale?: string }) => defaults(args).thankYou,
            },
          ],
        },
        {
          label: { en: 'Consent and privacy', fr: 'Consentement et confidentialité' },
          fields: [
            {
              name: 'consent',
              label: CONSENT_TO_UPDATES,
              type: 'group',
              fields: [
                {
                  name: 'text',
                  label: { en: 'Updates consent wording', fr: 'Texte du consentement aux nouvelles' },
                  type: 'textarea',
                  required: true,
                  localized: true,
                  defaultValue: (args: { locale?: string }) => defaults(args).consent,
                },
                {
                  name: 'version',
                  label: { en: 'Wording version', fr: 'Version du texte' },
                  type: 'number',
                  localized: true,
                  defaultValue: 1,
                  admin: {
                    readOnly: true,
                    description: {
                      en: 'Goes up by one each time the wording changes.',
                      fr: 'Augmente de un chaque fois que le texte change.',
                    },
                  },
                },
              ],
            },
            {
              name: 'namesGoToTargets',
              label: { en: 'Names go to the targets', fr: 'Noms remis aux destinataires' },
              type: 'checkbox',
              defaultValue: true,
              admin: {
                description: {
                  en: 'Signers’ names (never emails) are delivered to the targets; the form says so.',
                  fr: 'Les noms des signataires (jamais leurs courriels) sont remis aux destinataires ; le formulaire l’indique.',
                },
              },
            },
          ],
        },
        { label: SEO, fields: [seoFields] },
      ],
    },
    slugField('title'),
    {
      name: 'status',
      label: { en: 'Signing', fr: 'Collecte de signatures' },
      type: 'select',
      required: true,
      defaultValue: ACTION_STATUS.open,
      options: [
        { label: { en: 'Open for signatures', fr: 'Ouverte aux signatures' }, value: ACTION_STATUS.open },
        { label: CLOSED, value: ACTION_STATUS.closed },
      ],
      admin: {
        position: 'sidebar',
        description: {
          en: 'Set to closed at the closing time on its own. To reopen, also move the closing time.',
          fr: 'Passe d’elle-même à « Fermée » à la date de fermeture. Pour rouvrir l’action, reportez aussi la date de fermeture.',
        },
      },
    },
    {
      name: 'state',
      label: { en: 'Now', fr: 'En ce moment' },
      type: 'select',
      options: [
        { label: { en: 'Not open yet', fr: 'Pas encore ouverte' }, value: ACTION_STATE.upcoming },
        { label: { en: 'Open', fr: 'Ouverte' }, value: ACTION_STATE.open },
        { label: CLOSED, value: ACTION_STATE.closed },
      ],
      index: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          en: 'From the status and the opening and closing times.',
          fr: 'D’après la collecte de signatures et les dates d’ouverture et de fermeture.',
        },
      },
      hooks: { beforeChange: [storeActionState] },
    },
    {
      name: 'opensAt',
      label: { en: 'Opening time', fr: 'Date d’ouverture' },
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'closesAt',
      label: { en: 'Closing time', fr: 'Date de fermeture' },
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: { en: 'Closes on its own then.', fr: 'L’action se ferme d’elle-même à ce moment.' },
      },
    },
    { name: 'publishedAt', label: PUBLISHED_AT, type: 'date', index: true, admin: { position: 'sidebar' } },
    {
      name: 'signatureCount',
      label: { en: 'Signature count', fr: 'Nombre de signatures' },
      type: 'number',
      defaultValue: 0,
      // Written only by the count aggregation, never through the API.
      access: { create: nobodyField, update: nobodyField },
      admin: { hidden: true },
      hooks: { afterRead: [liveSignatureCount] },
    },
    {
      name: 'signatureProgress',
      label: SIGNATURES,
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field: '/components/admin/SignatureProgress#SignatureProgress',
          Cell: '/components/admin/SignatureCountCell#SignatureCountCell',
        },
      },
    },
    topicsField,
  ],
  endpoints: [signEndpoint, preflightEndpoint('sign'), countEndpoint, preflightEndpoint('count')],
  hooks: {
    beforeChange: [setPublishedAt, versionConsentText, rebuild.beforeChange],
    afterChange: [rebuild.afterChange, scheduleActionStateChange],
    afterDelete: [rebuild.afterDelete],
  },
  versions: draftsWithSchedule,
}
