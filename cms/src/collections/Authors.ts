import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { validateLink } from '../fields/link'
import { slugField } from '../fields/slug'
import { socialAccountsField } from '../fields/socialAccounts'
import { rebuildOnChange } from '../hooks/notifyRebuild'
import { publicContentAccess } from '../access/contentAccess'

const SOCIAL_HANDLE = /^@?[\p{L}\p{N}_.-]{1,64}(@[a-z0-9.-]{1,253})?$/iu

// People who write for the campaign, guests included: not the same as users.
export const Authors: CollectionConfig = {
  slug: 'authors',
  access: publicContentAccess,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'roleLine', 'slug'], group: 'Content' },
  defaultPopulate: { name: true, slug: true, roleLine: true, photo: true },
  fields: [
    { name: 'name', type: 'text', required: true },
    // A person's name is the same in every language, and so is the address of their page.
    slugField('name', { localized: false }),
    {
      name: 'roleLine',
      label: 'Role',
      type: 'text',
      localized: true,
      admin: { description: 'Shown in bylines, e.g. "senior director for research".' },
    },
    { name: 'bio', type: 'textarea', maxLength: 1200, localized: true },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    socialAccountsField(['x', 'bluesky', 'mastodon', 'instagram', 'facebook', 'linkedin', 'website'], {
      name: 'handle',
      type: 'text',
      required: true,
      admin: { description: 'A handle such as @refugeescanada, or a full address.' },
      // A handle (@name, or @name@server on Mastodon) or a link under the one link rule.
      validate: ((value, options) =>
        value && SOCIAL_HANDLE.test(value) ? true : validateLink(value, options)) satisfies TextFieldSingleValidation,
    }),
  ],
  hooks: rebuildOnChange('authors'),
}
