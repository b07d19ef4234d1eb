import type { Block } from 'payload'
import { catalogue } from '@vigil/shared'
import { ACTION } from '../admin/labels'

// A "take action" box inside a post that sends readers to a petition.
export const ActionCallout: Block = {
  slug: 'actionCallout',
  interfaceName: 'ActionCalloutBlock',
  labels: {
    singular: { en: 'Call to action', fr: 'Appel à l’action' },
    plural: { en: 'Calls to action', fr: 'Appels à l’action' },
  },
  fields: [
    { name: 'action', label: ACTION, type: 'relationship', relationTo: 'actions', required: true },
    {
      name: 'label',
      label: { en: 'Button text', fr: 'Texte du bouton' },
      type: 'text',
      admin: {
        // The button's words when this is empty, as the site writes them in each language.
        description: {
          en: `Button text; the site says "${catalogue('en').petition.signNow}" when empty.`,
          fr: `Texte du bouton ; si ce champ est vide, le site affiche « ${catalogue('fr').petition.signNow} ».`,
        },
      },
    },
  ],
}
