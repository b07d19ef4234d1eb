import type { Field } from 'payload'

export const seoFields: Field = {
  name: 'seo',
  label: 'SEO and sharing',
  type: 'group',
  fields: [
    { name: 'title', type: 'text', maxLength: 70, localized: true, admin: { description: 'Defaults to the title.' } },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 200,
      admin: { description: 'Defaults to the excerpt or summary.' },
    },
    { name: 'image', type: 'upload', relationTo: 'media', admin: { description: 'Defaults to the hero image.' } },
  ],
}
