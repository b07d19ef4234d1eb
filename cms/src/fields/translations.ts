import type { CollectionSlug, Field, FieldHook, PayloadRequest } from 'payload'
import { isLocale } from '@vigil/shared'
import { isStaff } from '../access/isStaff'
import { recordSave, type TranslationRecord } from '../translations/translationState'

// Under per-language publishing a draft read in one language returns the newest version saved in
// that language, whose copy of this record may predate saves in the others. The newest version of
// all holds the whole record: each save builds on it, and staff read it.
async function newestRecord(req: PayloadRequest, collection: CollectionSlug, id: number | string | undefined) {
  if (id === undefined) return null
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  return ((docs[0]?.version as { translations?: TranslationRecord } | undefined)?.translations ??
    null) as TranslationRecord | null
}

// Each save in a language stamps that language (and, when it publishes, its publication), written
// only here: whatever a request sends for the field is replaced. Saves across every language at
// once (locale "all") stamp none.
const stampLanguage: FieldHook = async ({ originalDoc, data, req, collection }) => {
  const record =
    (collection && (await newestRecord(req, collection.slug as CollectionSlug, originalDoc?.id))) ??
    ((originalDoc?.translations ?? null) as TranslationRecord | null)
  if (!isLocale(req.locale)) return record
  return recordSave(record, req.locale, data?._status === 'published', new Date().toISOString())
}

const readNewest: FieldHook = async ({ value, data, req, collection }) =>
  req.user && collection ? ((await newestRecord(req, collection.slug as CollectionSlug, data?.id)) ?? value) : value

// The languages of a post or action, for editors: which are missing, drafts, published, or older
// than the English they were translated from. Staff only: the site never reads it, so a save in one
// language changes nothing another language's pages are made from.
export const translationFields: Field[] = [
  {
    name: 'translations',
    label: { en: 'Translations', fr: 'Traductions' },
    type: 'json',
    access: { read: isStaff },
    admin: { hidden: true },
    hooks: { beforeChange: [stampLanguage], afterRead: [readNewest] },
  },
  {
    name: 'languages',
    label: { en: 'Languages', fr: 'Langues' },
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: {
        Field: '/components/admin/TranslationStatus#TranslationStatus',
        Cell: '/components/admin/TranslationStatus#TranslationCell',
      },
    },
  },
]
