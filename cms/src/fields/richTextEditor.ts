import {
  BlocksFeature,
  FixedToolbarFeature,
  HeadingFeature,
  lexicalEditor,
  UploadFeature,
} from '@payloadcms/richtext-lexical'
import { ActionCallout } from '../blocks/ActionCallout'
import { PullQuote } from '../blocks/PullQuote'

// Features the site knows how to render; anything else stays out of the editor.
const REPLACED = new Set(['heading', 'upload', 'relationship', 'checklist', 'indent', 'align'])

export const richTextEditor: ReturnType<typeof lexicalEditor> = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => !REPLACED.has(feature.key)),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    UploadFeature({
      collections: {
        media: {
          fields: [
            { name: 'caption', type: 'text' },
            { name: 'credit', type: 'text', admin: { description: 'Overrides the image’s own credit.' } },
          ],
        },
      },
    }),
    BlocksFeature({ blocks: [PullQuote, ActionCallout] }),
    FixedToolbarFeature(),
  ],
})
