import type { Block } from 'payload'

export const PullQuote: Block = {
  slug: 'pullQuote',
  interfaceName: 'PullQuoteBlock',
  labels: { singular: 'Pull quote', plural: 'Pull quotes' },
  fields: [
    { name: 'quote', type: 'textarea', required: true },
    {
      name: 'attribution',
      type: 'text',
      required: true,
      admin: { description: 'Who said it, and where or when: "A paediatrician in Eastern Ghouta, 16 February 2018".' },
    },
    {
      name: 'paraphrased',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description: 'Tick when these are not the speaker’s exact words; the site then marks them as paraphrase.',
      },
    },
  ],
}
