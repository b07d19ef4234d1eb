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

// Localized where the source is: a post's French address carries French words.
export const slugField = (source = 'title', { localized = true } = {}): Field => ({
  name: 'slug',
  type: 'text',
  localized,
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: `Part of the page address. Left empty, it is made from the ${source}.`,
  },
  hooks: { beforeValidate: [fromField(source)] },
  // Replaces the built-in check, required included. The hook above normalises on save, so the form
  // accepts what will slugify to something: a typed slug, or else the source field.
  validate: (value: string | null | undefined, { data }: { data: Record<string, unknown> }) => {
    const candidate = slugify(value || String(data?.[source] ?? ''))
    return Boolean(candidate && SLUG_PATTERN.test(candidate)) || `Give this a ${source} or slug with letters or digits.`
  },
})
