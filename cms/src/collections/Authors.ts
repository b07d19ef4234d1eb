import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { AUTHORS, CONTENT, NAME } from '../admin/labels'
import { validateLink } from '../fields/link'
import { slugField } from '../fields/slug'
import { socialAccountsField } from '../fields/socialAccounts'
import { rebuildOnChange } from '../hooks/notifyRebuild'
import { publicContentAccess } from '../access/contentAccess'

const SOCIAL_HANDLE = /^@?[\p{L}\p{N}_.-]{1,64}(@[a-z0-9.-]{1,253})?$/iu

// People who write for the campaign, guests included: not the same as users.
export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: { singular: { en: 'Author', fr: 'Auteur' }, plural: AUTHORS },
  access: publicContentAccess,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'roleLine', 'slug'], group: CONTENT },
  defaultPopulate: { name: true, slug: true, roleLine: true, photo: true },
  fields: [
    { name: 'name', label: NAME, type: 'text', required: true },
    // A person's name is the same in every language, and so is the address of their page.
    slugField('name', { localized: false }),
    {
      name: 'roleLine',
      label: { en: 'Role', fr: 'Fonction' },
      type: 'text',
      localized: true,
      admin: {
        description: {
          en: 'Shown in bylines, e.g. "senior director for research".',
          fr: 'Affichée avec le nom dans les billets, p. ex. « directrice principale de la recherche ».',
        },
      },
    },
    { name: 'bio', label: { en: 'Bio', fr: 'Biographie' }, type: 'textarea', maxLength: 1200, localized: true },
    { name: 'photo', label: { en: 'Photo', fr: 'Photo' }, type: 'upload', relationTo: 'media' },
    socialAccountsField(['x', 'bluesky', 'mastodon', 'instagram', 'facebook', 'linkedin', 'website'], {
      name: 'handle',
      label: { en: 'Account', fr: 'Compte' },
      type: 'text',
      required: true,
      admin: {
        description: {
          en: 'A handle such as @refugeescanada, or a full address.',
          fr: 'Un nom de compte comme @refugeescanada, ou une adresse complète.',
        },
      },
      // A handle (@name, or @name@server on Mastodon) or a link under the one link rule.
      validate: ((value, options) =>
        value && SOCIAL_HANDLE.test(value) ? true : validateLink(value, options)) satisfies TextFieldSingleValidation,
    }),
  ],
  hooks: rebuildOnChange('authors'),
}
