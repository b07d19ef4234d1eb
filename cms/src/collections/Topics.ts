import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isStaff } from '../access/isStaff'
import { slugField } from '../fields/slug'
import { rebuildOnChange } from '../hooks/notifyRebuild'

export const Topics: CollectionConfig = {
  slug: 'topics',
  access: { create: isStaff, read: anyone, update: isStaff, delete: isStaff },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Content' },
  defaultPopulate: { name: true, slug: true },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    { name: 'description', type: 'textarea', maxLength: 300 },
  ],
  hooks: rebuildOnChange('topics'),
}
