import type { Field, FieldHook } from 'payload'
import { SLUG_PATTERN, slugify } from '@vigil/shared'

// Fills the slug from another field when the editor leaves it empty.
const fromField =
  (source: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const origin = data?.[source]
    return typeof origin === 'string' ? slugify(origin) : value
  }

export const slugField = (source = 'title'): Field => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: `Part of the page address. Left empty, it is made from the ${source}.`,
  },
  hooks: { beforeValidate: [fromField(source)] },
  // Replaces the built-in check, so it also covers "required": an empty slug is refused.
  validate: (value: string | null | undefined) =>
    Boolean(value && SLUG_PATTERN.test(value)) ||
    'A slug needs lower-case letters or digits, joined by single hyphens.',
})
