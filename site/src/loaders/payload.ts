import type { Loader, LoaderContext } from 'astro/loaders'
import { DEFAULT_LOCALE, type Locale, LOCALE_CODES } from '@vigil/shared'
import { CmsError, fetchAll, fetchByIds, fetchGlobal } from './fetchAll'
import { readSnapshot } from './snapshot'

interface Options {
  cmsUrl: string
  /** Read saved JSON from here instead of the CMS. */
  snapshotDir?: string
  collection: string
  depth?: number
  /** A site without any of these is broken, not empty: fail the build instead. */
  required?: boolean
  /** Fields every document has; in a translated language, a document without them is not translated yet. */
  fields?: readonly string[]
  /** Collections populated inside these documents: a change to one of theirs refetches all. */
  dependsOn?: readonly string[]
  /** Fields that differ once a document has changed. */
  versionFields?: readonly string[]
  /** Side work for every document in the store (making sure its images are downloaded). */
  onDocument?: (doc: Record<string, unknown>, logger: LoaderContext['logger']) => Promise<void>
}

type Doc = Record<string, unknown> & { id: string | number }
type Versions = Record<string, string>

// The store holds each language's version of a document under its own key: `fr/12`.
export const entryKey = (locale: Locale, id: string | number) => `${locale}/${id}`
export const entryLocale = (key: string) => key.slice(0, key.indexOf('/')) as Locale

const versionOf = (doc: Record<string, unknown>, fields: readonly string[]) =>
  fields.map((field) => String(doc[field] ?? '')).join(' ')

// What a page is made from, for the digest: everything but the times a document was saved. Saving
// one language of a document moves `updatedAt` in all of them, and the other languages' pages must
// not be rendered again for it (their stored copy keeps its own `updatedAt`, the last time it changed).
const content = (doc: Doc) => JSON.stringify(doc, (key, value: unknown) => (key === 'updatedAt' ? undefined : value))

// Every document published in a language, by id and version, from one light request per thousand.
async function listVersions(cmsUrl: string, collection: string, locale: Locale, fields: readonly string[]) {
  const query = fields.map((field) => `select[${field}]=true`).join('&')
  const docs = await fetchAll<Doc>(cmsUrl, collection, { depth: 0, query, pageSize: 1000, locale })
  return Object.fromEntries(docs.map((doc) => [String(doc.id), versionOf(doc, fields)])) as Versions
}

// A dependency matters when a document already there changed or went: a new one cannot be
// populated inside documents stored before it existed.
function dependencyChanged(before: Versions | undefined, now: Versions): boolean {
  if (!before) return true
  return Object.entries(before).some(([id, version]) => now[id] !== version)
}

interface Loaded {
  /** Every document the language has, by store key. */
  keys: Set<string>
  /** The ones fetched this time. */
  docs: Doc[]
  full: boolean
}

// Fetches one language's documents that changed since the last build: those whose version differs
// from the one listed last time, or all of them when something they embed has changed (or nothing
// of this language is stored yet).
async function fetchChanged(
  { cmsUrl, collection, depth = 1, dependsOn = [], versionFields = ['updatedAt'] }: Options,
  { store, meta }: LoaderContext,
  locale: Locale,
): Promise<Loaded> {
  const [versions, ...dependencies] = await Promise.all([
    listVersions(cmsUrl, collection, locale, versionFields),
    ...dependsOn.map((name) => listVersions(cmsUrl, name, locale, ['updatedAt'])),
  ])
  const before = meta.get(`versions:${locale}`)
  const listed = JSON.parse(before ?? '{}') as Versions
  const stored = JSON.parse(meta.get(`dependencies:${locale}`) ?? '{}') as Record<string, Versions>
  const full =
    before === undefined || dependsOn.some((name, index) => dependencyChanged(stored[name], dependencies[index]!))
  const stale = Object.keys(versions).filter(
    (id) => full || listed[id] !== versions[id] || !store.has(entryKey(locale, id)),
  )
  const docs = full
    ? await fetchAll<Doc>(cmsUrl, collection, { depth, locale })
    : await fetchByIds<Doc>(cmsUrl, collection, depth, stale, locale)
  meta.set(`versions:${locale}`, JSON.stringify(versions))
  meta.set(
    `dependencies:${locale}`,
    JSON.stringify(Object.fromEntries(dependsOn.map((name, i) => [name, dependencies[i]]))),
  )
  return { keys: new Set(Object.keys(versions).map((id) => entryKey(locale, id))), docs, full }
}

function fromSnapshot(snapshotDir: string, collection: string, locale: Locale): Loaded {
  const docs = readSnapshot<Doc[]>(snapshotDir, `${collection}.${locale}`)
  return { keys: new Set(docs.map((doc) => entryKey(locale, doc.id))), docs, full: true }
}

// An Astro content-layer loader for one Payload collection, in every language. Between builds the
// store keeps what it loaded; unchanged documents are neither fetched nor parsed again.
export function payloadLoader(options: Options): Loader {
  const { cmsUrl, snapshotDir, collection, required = false, fields = [], onDocument } = options
  return {
    name: `payload-${collection}`,
    load: async (context) => {
      const { store, logger, parseData, generateDigest } = context
      const started = performance.now()
      const present = new Set<string>()
      const report: string[] = []
      for (const locale of LOCALE_CODES) {
        const loaded = snapshotDir
          ? fromSnapshot(snapshotDir, collection, locale)
          : await fetchChanged(options, context, locale)
        if (required && locale === DEFAULT_LOCALE && loaded.keys.size === 0) {
          throw new CmsError(`The CMS at ${cmsUrl} has no published ${collection}; refusing to build an empty site.`)
        }
        let changed = 0
        let untranslated = 0
        for (const doc of loaded.docs) {
          const key = entryKey(locale, doc.id)
          if (!loaded.keys.has(key)) continue
          // A topic with no French name has no French page: it is not translated, not broken.
          if (locale !== DEFAULT_LOCALE && fields.some((field) => doc[field] == null || doc[field] === '')) {
            loaded.keys.delete(key)
            untranslated++
            continue
          }
          const digest = generateDigest(content(doc))
          if (store.get(key)?.digest === digest) continue
          store.set({ id: key, data: await parseData({ id: key, data: doc }), digest })
          changed++
        }
        for (const key of loaded.keys) present.add(key)
        const fetched = loaded.full ? 'all fetched' : `${loaded.docs.length} fetched`
        report.push(
          `${locale} ${loaded.keys.size} (${fetched}, ${changed} changed${untranslated ? `, ${untranslated} untranslated` : ''})`,
        )
      }
      for (const key of store.keys()) if (!present.has(key)) store.delete(key)
      // Once per document, not per language: the side work (its files) is the same in each.
      if (onDocument) {
        for (const key of store.keys())
          if (entryLocale(key) === DEFAULT_LOCALE) await onDocument(store.get(key)!.data, logger)
      }
      logger.info(`${collection}: ${report.join(', ')} in ${Math.round(performance.now() - started)} ms`)
    },
  }
}

// A global, once per language; a language whose settings have no `field` (the site's name) is not
// there yet, and the site builds no pages in it.
export function payloadGlobalLoader({
  cmsUrl,
  snapshotDir,
  slug,
  depth = 1,
  field,
}: {
  cmsUrl: string
  snapshotDir?: string
  slug: string
  depth?: number
  field: string
}): Loader {
  return {
    name: `payload-global-${slug}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      const missing: Locale[] = []
      for (const locale of LOCALE_CODES) {
        const doc = snapshotDir
          ? readSnapshot<Doc>(snapshotDir, `${slug}.${locale}`)
          : await fetchGlobal<Doc>(cmsUrl, slug, depth, locale)
        if (locale !== DEFAULT_LOCALE && !doc[field]) {
          missing.push(locale)
          store.delete(locale)
          continue
        }
        const digest = generateDigest(content(doc))
        if (store.get(locale)?.digest === digest) continue
        store.set({ id: locale, data: await parseData({ id: locale, data: doc }), digest })
      }
      if (missing.length)
        logger.info(
          `no ${slug} ${field} in ${missing.join(', ')}: no pages in ${missing.length > 1 ? 'those languages' : 'that language'}`,
        )
    },
  }
}
