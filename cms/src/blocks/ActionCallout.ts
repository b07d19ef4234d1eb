import type { Block } from 'payload'

// A "take action" box inside a post that sends readers to a petition.
export const ActionCallout: Block = {
  slug: 'actionCallout',
  interfaceName: 'ActionCalloutBlock',
  labels: { singular: 'Call to action', plural: 'Calls to action' },
  fields: [
    { name: 'action', type: 'relationship', relationTo: 'actions', required: true },
    {
      name: 'label',
      type: 'text',
      admin: { description: 'Button text; the site says "Sign now" when empty.' },
    },
  ],
}
