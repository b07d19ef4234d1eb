import type { TextFieldSingleValidation } from 'payload'
import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  lexicalEditor,
  LinkFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'
import { CAPTION, CREDIT } from '../admin/labels'
import { ActionCallout } from '../blocks/ActionCallout'
import { PullQuote } from '../blocks/PullQuote'
import { LINKABLE_COLLECTIONS } from '../richTextTypes'
import { validateLink } from './link'

// An internal link stores a reference, not a URL; every other link needs one the rule allows.
const validateRichTextUrl: TextFieldSingleValidation = (value, options) =>
  (options.siblingData as { linkType?: string } | undefined)?.linkType === 'internal'
    ? true
    : validateLink(value, { ...options, required: true })

// Features the site knows how to render; anything else stays out of the editor.
const REPLACED = new Set(['heading', 'link', 'upload', 'relationship', 'checklist', 'indent', 'align'])

export const richTextEditor: ReturnType<typeof lexicalEditor> = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => !REPLACED.has(feature.key)),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    LinkFeature({
      // Links to posts and actions by reference (the site makes their addresses), or a URL under
      // the one link rule; links and autolinks are both validated on the server when saved.
      enabledCollections: [...LINKABLE_COLLECTIONS],
      fields: ({ defaultFields }) =>
        defaultFields.map((field) =>
          field.type === 'text' && !field.hasMany && field.name === 'url'
            ? { ...field, validate: validateRichTextUrl }
            : field,
        ),
    }),
    UploadFeature({
      collections: {
        media: {
          fields: [
            { name: 'caption', label: CAPTION, type: 'text' },
            {
              name: 'credit',
              label: CREDIT,
              type: 'text',
              admin: {
                description: {
                  en: 'Overrides the image’s own credit.',
                  fr: 'Remplace le crédit de l’image elle-même.',
                },
              },
            },
          ],
        },
      },
    }),
    BlocksFeature({ blocks: [PullQuote, ActionCallout] }),
    FixedToolbarFeature(),
  ],
})
