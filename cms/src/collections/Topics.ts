import type { CollectionConfig } from 'payload'
import { slugField } from '../fields/slug'
import { rebuildOnChange } from '../hooks/notifyRebuild'
import { publicContentAccess } from '../access/contentAccess'

export const Topics: CollectionConfig = {
  slug: 'topics',
  access: publicContentAccess,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Content' },
  defaultPopulate: { name: true, slug: true },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    slugField('name'),
    { name: 'description', type: 'textarea', maxLength: 300, localized: true },
  ],
  hooks: rebuildOnChange('topics'),
}
