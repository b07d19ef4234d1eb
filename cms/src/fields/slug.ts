import type { Field, FieldHook } from 'payload'
import { SLUG_PATTERN, slugify } from '@vigil/shared'
import type { Label } from '../admin/labels'

// Fills the slug from another field when the editor leaves it empty.
const fromField =
  (source: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const origin = data?.[source]
    return typeof origin === 'string' ? slugify(origin) : value
  }

// The fields a slug can be made from, as its description names them (in French with the « de »
// that « à partir » takes).
const SOURCES = {
  title: { en: 'title', fr: 'du titre' },
  name: { en: 'name', fr: 'du nom' },
} as const satisfies Record<string, Label>

// Localized where the source is: a post's French address carries French words.
export const slugField = (source: keyof typeof SOURCES = 'title', { localized = true } = {}): Field => ({
  name: 'slug',
  label: { en: 'Slug', fr: 'Identifiant d’URL' },
  type: 'text',
  localized,
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: {
      en: `Part of the page address. Left empty, it is made from the ${SOURCES[source].en}.`,
      fr: `Partie de l’adresse de la page. Laissé vide, il est créé à partir ${SOURCES[source].fr}.`,
    },
  },
  hooks: { beforeValidate: [fromField(source)] },
  // Replaces the built-in check, required included. The hook above normalises on save, so the form
  // accepts what will slugify to something: a typed slug, or else the source field.
  validate: (value: string | null | undefined, { data }: { data: Record<string, unknown> }) => {
    const candidate = slugify(value || String(data?.[source] ?? ''))
    return Boolean(candidate && SLUG_PATTERN.test(candidate)) || `Give this a ${source} or slug with letters or digits.`
  },
})
