import type { CollectionConfig } from 'payload'
import { CONTENT, DESCRIPTION, NAME, TOPICS } from '../admin/labels'
import { slugField } from '../fields/slug'
import { rebuildOnChange } from '../hooks/notifyRebuild'
import { publicContentAccess } from '../access/contentAccess'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: { en: 'Topic', fr: 'Sujet' }, plural: TOPICS },
  access: publicContentAccess,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: CONTENT },
  defaultPopulate: { name: true, slug: true },
  fields: [
    { name: 'name', label: NAME, type: 'text', required: true, localized: true },
    slugField('name'),
    { name: 'description', label: DESCRIPTION, type: 'textarea', maxLength: 300, localized: true },
  ],
  hooks: rebuildOnChange('topics'),
}
