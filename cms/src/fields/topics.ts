import type { Field } from 'payload'
import { TOPICS } from '../admin/labels'

/** The topics a post or action is filed under, chosen in the sidebar. */
export const topicsField: Field = {
  name: 'topics',
  label: TOPICS,
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  admin: { position: 'sidebar' },
}
