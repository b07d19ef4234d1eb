import type { CollectionConfig } from 'payload'
import { richTextEditor } from '../../fields/richTextEditor'
import { seoFields } from '../../fields/seo'
import { slugField } from '../../fields/slug'
import { draftsWithSchedule } from '../../fields/versions'
import { setPublishedAt } from '../../hooks/setPublishedAt'
import { rebuildOnPublishedChange } from '../../hooks/notifyRebuild'
import { linkField } from '../../fields/link'
import { liveLinkField } from '../../fields/liveLink'
import { translationFields } from '../../fields/translations'
import { draftedContentAccess } from '../../access/contentAccess'

const rebuild = rebuildOnPublishedChange('posts')

export const Posts: CollectionConfig = {
  slug: 'posts',
  access: draftedContentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'languages', 'updatedAt'],
    group: 'Content',
  },
  defaultPopulate: { title: true, slug: true, publishedAt: true, excerpt: true, heroImage: true },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160, localized: true },
    liveLinkField('posts'),
    ...translationFields,
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Content',
          fields: [
            { name: 'heroImage', type: 'upload', relationTo: 'media' },
            {
              name: 'heroCaption',
              type: 'text',
              localized: true,
              admin: { description: 'Caption under the hero image; the image’s own caption is used when empty.' },
            },
            {
              name: 'excerpt',
              type: 'textarea',
              localized: true,
              maxLength: 400,
              admin: { description: 'The lead shown on the home page and in shares.' },
            },
            { name: 'body', type: 'richText', editor: richTextEditor, localized: true },
            {
              name: 'externalLink',
              label: 'Read the full article',
              type: 'group',
              admin: { description: 'When the full piece lives elsewhere (a newspaper, the international site).' },
              fields: [
                linkField({ name: 'url', description: 'https://…', localized: true }),
                {
                  name: 'publication',
                  type: 'text',
                  localized: true,
                  admin: { description: 'e.g. "The Globe and Mail"' },
                },
              ],
            },
          ],
        },
        { label: 'SEO', fields: [seoFields] },
      ],
    },
    slugField('title'),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'authors', type: 'relationship', relationTo: 'authors', hasMany: true, admin: { position: 'sidebar' } },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, admin: { position: 'sidebar' } },
    {
      name: 'relatedAction',
      type: 'relationship',
      relationTo: 'actions',
      admin: { position: 'sidebar', description: 'The petition this post asks readers to sign.' },
    },
  ],
  hooks: {
    beforeChange: [setPublishedAt, rebuild.beforeChange],
    afterChange: [rebuild.afterChange],
    afterDelete: [rebuild.afterDelete],
  },
  versions: draftsWithSchedule,
}
