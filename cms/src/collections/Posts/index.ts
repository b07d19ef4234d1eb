import type { CollectionConfig } from 'payload'
import { AUTHORS, CONTENT, HERO_IMAGE, LINK, PUBLISHED_AT, SEO, TITLE, WEB_ADDRESS } from '../../admin/labels'
import { richTextEditor } from '../../fields/richTextEditor'
import { seoFields } from '../../fields/seo'
import { topicsField } from '../../fields/topics'
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
  labels: { singular: { en: 'Post', fr: 'Billet' }, plural: { en: 'Posts', fr: 'Billets' } },
  access: draftedContentAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'languages', 'updatedAt'],
    group: CONTENT,
  },
  defaultPopulate: { title: true, slug: true, publishedAt: true, excerpt: true, heroImage: true },
  fields: [
    { name: 'title', label: TITLE, type: 'text', required: true, maxLength: 160, localized: true },
    liveLinkField('posts'),
    ...translationFields,
    {
      type: 'tabs',
      tabs: [
        {
          label: CONTENT,
          fields: [
            { name: 'heroImage', label: HERO_IMAGE, type: 'upload', relationTo: 'media' },
            {
              name: 'heroCaption',
              label: { en: 'Hero image caption', fr: 'Légende de l’image principale' },
              type: 'text',
              localized: true,
              admin: {
                description: {
                  en: 'Caption under the hero image; the image’s own caption is used when empty.',
                  fr: 'Légende sous l’image principale ; la légende de l’image elle-même est utilisée si ce champ est vide.',
                },
              },
            },
            {
              name: 'excerpt',
              label: { en: 'Excerpt', fr: 'Extrait' },
              type: 'textarea',
              localized: true,
              maxLength: 400,
              admin: {
                description: {
                  en: 'The lead shown on the home page and in shares.',
                  fr: 'Le chapeau affiché sur la page d’accueil et dans les partages.',
                },
              },
            },
            {
              name: 'body',
              label: { en: 'Body', fr: 'Texte' },
              type: 'richText',
              editor: richTextEditor,
              localized: true,
            },
            {
              name: 'externalLink',
              label: { en: 'Read the full article', fr: 'Lire l’article complet' },
              type: 'group',
              admin: {
                description: {
                  en: 'When the full piece lives elsewhere (a newspaper, the international site).',
                  fr: 'Lorsque le texte complet est publié ailleurs (un journal, le site international).',
                },
              },
              fields: [
                linkField({ name: 'url', label: LINK, description: WEB_ADDRESS, localized: true }),
                {
                  name: 'publication',
                  label: { en: 'Publication', fr: 'Publication' },
                  type: 'text',
                  localized: true,
                  admin: { description: { en: 'e.g. "The Globe and Mail"', fr: 'p. ex. « Le Devoir »' } },
                },
              ],
            },
          ],
        },
        { label: SEO, fields: [seoFields] },
      ],
    },
    slugField('title'),
    {
      name: 'publishedAt',
      label: PUBLISHED_AT,
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'authors',
      label: AUTHORS,
      type: 'relationship',
      relationTo: 'authors',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    topicsField,
    {
      name: 'relatedAction',
      label: { en: 'Related action', fr: 'Action liée' },
      type: 'relationship',
      relationTo: 'actions',
      admin: {
        position: 'sidebar',
        description: {
          en: 'The petition this post asks readers to sign.',
          fr: 'La pétition que ce billet invite les lecteurs à signer.',
        },
      },
    },
  ],
  hooks: {
    beforeChange: [setPublishedAt, rebuild.beforeChange],
    afterChange: [rebuild.afterChange],
    afterDelete: [rebuild.afterDelete],
  },
  versions: draftsWithSchedule,
}
