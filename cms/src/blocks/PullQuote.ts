import type { Block } from 'payload'

export const PullQuote: Block = {
  slug: 'pullQuote',
  interfaceName: 'PullQuoteBlock',
  labels: {
    singular: { en: 'Pull quote', fr: 'Citation en exergue' },
    plural: { en: 'Pull quotes', fr: 'Citations en exergue' },
  },
  fields: [
    { name: 'quote', label: { en: 'Quote', fr: 'Citation' }, type: 'textarea', required: true },
    {
      name: 'attribution',
      label: { en: 'Attribution', fr: 'Attribution' },
      type: 'text',
      required: true,
      admin: {
        description: {
          en: 'Who said it, and where or when: "A paediatrician in Eastern Ghouta, 16 February 2018".',
          fr: 'Qui l’a dit, et où ou quand : « Un pédiatre de la Ghouta orientale, 16 février 2018 ».',
        },
      },
    },
    {
      name: 'paraphrased',
      label: { en: 'Paraphrased', fr: 'Paraphrase' },
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description: {
          en: 'Tick when these are not the speaker’s exact words; the site then marks them as paraphrase.',
          fr: 'Cochez si ce ne sont pas les mots exacts de la personne citée ; le site les signale alors comme une paraphrase.',
        },
      },
    },
  ],
}
