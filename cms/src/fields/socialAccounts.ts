import type { ArrayField, Field } from 'payload'
import type { Label } from '../admin/labels'

// Every network the lists may offer, as the admin names it: brands keep their names in every language.
const NETWORKS = {
  x: { en: 'X', fr: 'X' },
  bluesky: { en: 'Bluesky', fr: 'Bluesky' },
  mastodon: { en: 'Mastodon', fr: 'Mastodon' },
  instagram: { en: 'Instagram', fr: 'Instagram' },
  facebook: { en: 'Facebook', fr: 'Facebook' },
  youtube: { en: 'YouTube', fr: 'YouTube' },
  linkedin: { en: 'LinkedIn', fr: 'LinkedIn' },
  website: { en: 'Website', fr: 'Site Web' },
} as const satisfies Record<string, Label>

const SOCIAL_ACCOUNTS: Label = { en: 'Social accounts', fr: 'Comptes de réseaux sociaux' }

// A list of social accounts: a network and the account on it (a handle, or a link). Authors and
// the site settings each choose their networks and how the account is written.
export const socialAccountsField = (networks: readonly (keyof typeof NETWORKS)[], account: Field): ArrayField => ({
  name: 'socials',
  label: SOCIAL_ACCOUNTS,
  type: 'array',
  labels: { singular: { en: 'Social account', fr: 'Compte de réseau social' }, plural: SOCIAL_ACCOUNTS },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'network',
          label: { en: 'Network', fr: 'Réseau' },
          type: 'select',
          required: true,
          options: networks.map((network) => ({ label: NETWORKS[network], value: network })),
        },
        account,
      ],
    },
  ],
})
