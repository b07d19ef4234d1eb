import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { createLocalReq, type FlattenedField, localizeStatus, type Payload } from 'payload'

// A MongoDB database made before languages holds each field a visitor reads as a plain value
// (`title: 'Aleppo'`); with localization on, Payload reads and writes `title: { en: 'Aleppo' }`,
// so those values would read as empty. SQL databases were converted by their migration
// (migrations/*_languages.ts); a MongoDB database has no schema migrations, so the CMS converts
// its data once as it starts: every plain value of a localized field becomes the default
// language's, versions included, and each draft-enabled document's status becomes per-language
// through Payload's own `localizeStatus` migration. A marker document keeps it to once.

type Doc = Record<string, unknown>
const MARKER = { collection: 'vigil-data-migrations', id: 'localized-values' }

const isPlainObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype

/** A value already stored per language: an object whose keys are all language codes. */
const isPerLanguage = (value: unknown, locales: readonly string[]) =>
  isPlainObject(value) && Object.keys(value).every((key) => locales.includes(key))

/**
 * Moves every plain value of a localized field in `doc` (in place, nested groups, tabs, arrays and
 * blocks included) under `locale`; returns whether anything changed. Values already stored per
 * language are left alone, so running it twice changes nothing. `_status` is left to Payload's
 * `localizeStatus`, which works out each language's status from the version history.
 */
export function localizePlainValues(
  doc: Doc,
  fields: readonly FlattenedField[],
  locale: string,
  locales: readonly string[],
): boolean {
  let changed = false
  for (const field of fields) {
    if (!('name' in field) || field.name === '_status' || !(field.name in doc)) continue
    const value = doc[field.name]
    if (field.localized) {
      if (value !== undefined && value !== null && !isPerLanguage(value, locales)) {
        doc[field.name] = { [locale]: value }
        changed = true
      }
      continue
    }
    const inside = (item: unknown, nested: readonly FlattenedField[] | undefined) => {
      if (isPlainObject(item) && nested && localizePlainValues(item, nested, locale, locales)) changed = true
    }
    if (field.type === 'group' || field.type === 'tab') inside(value, field.flattenedFields)
    else if (field.type === 'array' && Array.isArray(value))
      for (const item of value) inside(item, field.flattenedFields)
    else if (field.type === 'blocks' && Array.isArray(value))
      for (const item of value) {
        const block = field.blocks.find((each) => isPlainObject(item) && each.slug === item.blockType)
        inside(item, block?.flattenedFields)
      }
  }
  return changed
}

const hasLocalized = (fields: readonly FlattenedField[]): boolean =>
  fields.some(
    (field) =>
      ('localized' in field && field.localized && field.name !== '_status') ||
      ('flattenedFields' in field && hasLocalized(field.flattenedFields)) ||
      (field.type === 'blocks' && field.blocks.some((block) => hasLocalized(block.flattenedFields))),
  )

interface Target {
  collection: MongooseAdapter['collections'][string]['collection']
  fields: readonly FlattenedField[]
  /** Where the fields sit in each stored document: at the top, or under `version` in a version. */
  under?: 'version'
  filter?: Doc
}

async function convert({ collection, fields, under, filter = {} }: Target, locale: string, locales: string[]) {
  let writes: Parameters<typeof collection.bulkWrite>[0][number][] = []
  let converted = 0
  for await (const doc of collection.find(filter)) {
    const target = under ? doc[under] : doc
    if (!isPlainObject(target) || !localizePlainValues(target, fields, locale, locales)) continue
    writes.push({ replaceOne: { filter: { _id: doc._id }, replacement: doc } })
    converted++
    if (writes.length === 500) {
      await collection.bulkWrite(writes)
      writes = []
    }
  }
  if (writes.length) await collection.bulkWrite(writes)
  return converted
}

export async function localizeMongoData(payload: Payload): Promise<void> {
  const { localization } = payload.config
  if (payload.db.name !== 'mongoose' || !localization) return
  const db = payload.db as unknown as MongooseAdapter
  const markers = db.connection.collection<{ _id: string; at: Date }>(MARKER.collection)
  if (await markers.findOne({ _id: MARKER.id })) return

  const locale = localization.defaultLocale
  const locales = localization.localeCodes
  const targets: Target[] = []
  const drafted: ({ collectionSlug: string } | { globalSlug: string })[] = []
  // A collection's or global's documents, its versions, and (with per-language status) its slug
  // for Payload's localizeStatus.
  const add = (
    config: (typeof payload.config.collections)[number] | (typeof payload.config.globals)[number],
    stored: Omit<Target, 'fields'>,
    slug: { collectionSlug: string } | { globalSlug: string },
  ) => {
    if (!hasLocalized(config.flattenedFields)) return
    const fields = config.flattenedFields
    targets.push({ ...stored, fields })
    if (!config.versions) return
    targets.push({ collection: db.versions[config.slug]!.collection, fields, under: 'version' })
    if (config.versions.drafts && config.versions.drafts.localizeStatus) drafted.push(slug)
  }
  for (const config of payload.config.collections)
    add(config, { collection: db.collections[config.slug]!.collection }, { collectionSlug: config.slug })
  for (const config of payload.config.globals)
    add(config, { collection: db.globals.collection, filter: { globalType: config.slug } }, { globalSlug: config.slug })

  let converted = 0
  for (const target of targets) converted += await convert(target, locale, locales)
  const req = await createLocalReq({}, payload)
  for (const slug of drafted) {
    // Payload's migration refuses a history already per language; ask it only when it is not.
    const name = `_${'collectionSlug' in slug ? slug.collectionSlug : slug.globalSlug}_versions`.toLowerCase()
    const sample = await db.connection.collection(name).findOne({})
    if (typeof (sample?.version as Doc | undefined)?._status === 'string')
      await localizeStatus.up({ ...slug, payload, req })
  }
  await markers.insertOne({ _id: MARKER.id, at: new Date() })
  if (converted) payload.logger.info(`Moved ${converted} documents' values from before languages into ${locale}.`)
}
