import type { GlobalConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isStaff } from '../access/isStaff'
import { LINK, SETTINGS, WEB_ADDRESS } from '../admin/labels'
import { linkField } from '../fields/link'
import { organisationField } from '../fields/organisation'
import { socialAccountsField } from '../fields/socialAccounts'
import { rebuildOnGlobalChange } from '../hooks/notifyRebuild'

export const Site: GlobalConfig = {
  slug: 'site',
  label: { en: 'Site', fr: 'Site' },
  access: {
    read: anyone,
    update: isStaff,
  },
  admin: { group: SETTINGS },
  fields: [
    {
      name: 'name',
      label: { en: 'Site name', fr: 'Nom du site' },
      type: 'text',
      required: true,
      localized: true,
      defaultValue: 'Vigil',
    },
    { name: 'tagline', label: { en: 'Tagline', fr: 'Slogan' }, type: 'text', localized: true },
    {
      name: 'menu',
      label: { en: 'Menu', fr: 'Menu' },
      labels: {
        singular: { en: 'Menu item', fr: 'Élément du menu' },
        plural: { en: 'Menu items', fr: 'Éléments du menu' },
      },
      type: 'array',
      localized: true,
      maxRows: 8,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', label: { en: 'Label', fr: 'Libellé' }, type: 'text', required: true },
            linkField({
              name: 'href',
              label: LINK,
              required: true,
              description: { en: '/actions/ or https://…', fr: '/actions/ ou https://…' },
            }),
          ],
        },
      ],
    },
    socialAccountsField(
      ['x', 'bluesky', 'mastodon', 'instagram', 'facebook', 'youtube', 'linkedin'],
      linkField({ name: 'url', label: LINK, required: true, description: WEB_ADDRESS }),
    ),
    {
      name: 'footer',
      label: { en: 'Footer', fr: 'Pied de page' },
      type: 'textarea',
      localized: true,
      admin: {
        description: {
          en: 'Short text in the footer: who runs the site.',
          fr: 'Court texte en pied de page : qui gère le site.',
        },
      },
    },
    linkField({
      name: 'privacyUrl',
      label: { en: 'Privacy policy link', fr: 'Lien vers la politique de confidentialité' },
      required: true,
      localized: true,
      defaultValue: '/privacy',
    }),
    organisationField,
  ],
  hooks: { afterChange: [rebuildOnGlobalChange] },
}
