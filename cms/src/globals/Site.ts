import type { GlobalConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isStaff } from '../access/isStaff'
import { linkField } from '../fields/link'
import { socialAccountsField } from '../fields/socialAccounts'
import { rebuildOnGlobalChange } from '../hooks/notifyRebuild'

export const Site: GlobalConfig = {
  slug: 'site',
  access: {
    read: anyone,
    update: isStaff,
  },
  admin: { group: 'Settings' },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, defaultValue: 'Vigil' },
    { name: 'tagline', type: 'text', localized: true },
    {
      name: 'menu',
      type: 'array',
      localized: true,
      maxRows: 8,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true },
            linkField({ name: 'href', label: 'Link', required: true, description: '/actions/ or https://…' }),
          ],
        },
      ],
    },
    socialAccountsField(
      ['x', 'bluesky', 'mastodon', 'instagram', 'facebook', 'youtube', 'linkedin'],
      linkField({ name: 'url', required: true, description: 'https://…' }),
    ),
    {
      name: 'footer',
      type: 'textarea',
      localized: true,
      admin: { description: 'Short text in the footer: who runs the site.' },
    },
    linkField({
      name: 'privacyUrl',
      label: 'Privacy policy link',
      required: true,
      localized: true,
      defaultValue: '/privacy',
    }),
  ],
  hooks: { afterChange: [rebuildOnGlobalChange] },
}
