import type { CollectionConfig } from 'payload'
import { ACTION_STATE, ACTION_STATUS, catalogue, localeOf } from '@vigil/shared'
import { nobodyField } from '../../access/nobodyField'
import { richTextEditor } from '../../fields/richTextEditor'
import { seoFields } from '../../fields/seo'
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

export const Actions: CollectionConfig = {
  slug: 'actions',
  access: draftedContentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'signatureProgress', '_status', 'languages'],
    group: 'Campaigns',
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
    { name: 'title', type: 'text', required: true, maxLength: 160, localized: true },
    liveLinkField('actions'),
    ...translationFields,
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Petition',
          fields: [
            { name: 'heroImage', type: 'upload', relationTo: 'media' },
            {
              name: 'summary',
              type: 'textarea',
              localized: true,
              required: true,
              maxLength: 400,
              admin: { description: 'One or two sentences: what is happening and what we ask.' },
            },
            { name: 'ask', label: 'The ask', type: 'richText', editor: richTextEditor, localized: true },
            {
              name: 'targets',
              type: 'text',
              localized: true,
              required: true,
              admin: { description: 'Who the petition is addressed to: "the governments of Syria and Russia".' },
            },
            { name: 'goal', type: 'number', required: true, min: 1, defaultValue: 10000 },
          ],
        },
        {
          label: 'After signing',
          fields: [
            {
              name: 'shareText',
              label: 'Suggested share text',
              type: 'textarea',
              localized: true,
              maxLength: 280,
              admin: { description: 'Pre-filled when a signer shares the action.' },
            },
            {
              name: 'thankYouText',
              type: 'textarea',
              localized: true,
              defaultValue: (args: { locale?: string }) => defaults(args).thankYou,
            },
          ],
        },
        {
          label: 'Consent and privacy',
          fields: [
            {
              name: 'consent',
              type: 'group',
              fields: [
                {
                  name: 'text',
                  label: 'Updates consent wording',
                  type: 'textarea',
                  required: true,
                  localized: true,
                  defaultValue: (args: { locale?: string }) => defaults(args).consent,
                },
                {
                  name: 'version',
                  type: 'number',
                  localized: true,
                  defaultValue: 1,
                  admin: { readOnly: true, description: 'Goes up by one each time the wording changes.' },
                },
              ],
            },
            {
              name: 'namesGoToTargets',
              type: 'checkbox',
              defaultValue: true,
              admin: { description: 'Signers’ names (never emails) are delivered to the targets; the form says so.' },
            },
          ],
        },
        { label: 'SEO', fields: [seoFields] },
      ],
    },
    slugField('title'),
    {
      name: 'status',
      label: 'Signing',
      type: 'select',
      required: true,
      defaultValue: ACTION_STATUS.open,
      options: [
        { label: 'Open for signatures', value: ACTION_STATUS.open },
        { label: 'Closed', value: ACTION_STATUS.closed },
      ],
      admin: {
        position: 'sidebar',
        description: 'Set to closed at the closing time on its own. To reopen, also move the closing time.',
      },
    },
    {
      name: 'state',
      label: 'Now',
      type: 'select',
      options: [
        { label: 'Not open yet', value: ACTION_STATE.upcoming },
        { label: 'Open', value: ACTION_STATE.open },
        { label: 'Closed', value: ACTION_STATE.closed },
      ],
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'From the status and the opening and closing times.' },
      hooks: { beforeChange: [storeActionState] },
    },
    { name: 'opensAt', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'closesAt',
      type: 'date',
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' }, description: 'Closes on its own then.' },
    },
    { name: 'publishedAt', type: 'date', index: true, admin: { position: 'sidebar' } },
    {
      name: 'signatureCount',
      type: 'number',
      defaultValue: 0,
      // Written only by the count aggregation, never through the API.
      access: { create: nobodyField, update: nobodyField },
      admin: { hidden: true },
      hooks: { afterRead: [liveSignatureCount] },
    },
    {
      name: 'signatureProgress',
      label: 'Signatures',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field: '/components/admin/SignatureProgress#SignatureProgress',
          Cell: '/components/admin/SignatureCountCell#SignatureCountCell',
        },
      },
    },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, admin: { position: 'sidebar' } },
  ],
  endpoints: [signEndpoint, preflightEndpoint('sign'), countEndpoint, preflightEndpoint('count')],
  hooks: {
    beforeChange: [setPublishedAt, versionConsentText, rebuild.beforeChange],
    afterChange: [rebuild.afterChange, scheduleActionStateChange],
    afterDelete: [rebuild.afterDelete],
  },
  versions: draftsWithSchedule,
}
