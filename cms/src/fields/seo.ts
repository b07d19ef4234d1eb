import type { Field } from 'payload'
import { DESCRIPTION, TITLE } from '../admin/labels'

export const seoFields: Field = {
  name: 'seo',
  label: { en: 'SEO and sharing', fr: 'Référencement et partage' },
  type: 'group',
  fields: [
    {
      name: 'title',
      label: TITLE,
      type: 'text',
      maxLength: 70,
      localized: true,
      admin: { description: { en: 'Defaults to the title.', fr: 'Par défaut, le titre.' } },
    },
    {
      name: 'description',
      label: DESCRIPTION,
      type: 'textarea',
      localized: true,
      maxLength: 200,
      admin: { description: { en: 'Defaults to the excerpt or summary.', fr: 'Par défaut, l’extrait ou le résumé.' } },
    },
    {
      name: 'image',
      label: { en: 'Image', fr: 'Image' },
      type: 'upload',
      relationTo: 'media',
      admin: { description: { en: 'Defaults to the hero image.', fr: 'Par défaut, l’image principale.' } },
    },
  ],
}
