import type { ArrayField, Field } from 'payload'

// A list of social accounts: a network and the account on it (a handle, or a link). Authors and
// the site settings each choose their networks and how the account is written.
export const socialAccountsField = (networks: readonly string[], account: Field): ArrayField => ({
  name: 'socials',
  type: 'array',
  labels: { singular: 'Social account', plural: 'Social accounts' },
  fields: [
    {
      type: 'row',
      fields: [{ name: 'network', type: 'select', required: true, options: [...networks] }, account],
    },
  ],
})
