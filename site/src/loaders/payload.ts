import type { Loader, LoaderContext } from 'astro/loaders'
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
  /** Collections populated inside these documents: a change to one of theirs refetches all. */
  dependsOn?: readonly string[]
  /** Fields that differ once a document has changed. */
  versionFields?: readonly string[]
  /** Side work for every document in the store (making sure its images are downloaded). */
  onDocument?: (doc: Record<string, unknown>, logger: LoaderContext['logger']) => Promise<void>
}

type Doc = Record<string, unknown> & { id: string | number }
type Versions = Record<string, string>

const versionOf = (doc: Record<string, unknown>, fields: readonly string[]) =>
  fields.map((field) => String(doc[field] ?? '')).join(' ')

// Every published document's id and version, from one light request per thousand.
async function listVersions(cmsUrl: string, collection: string, fields: readonly string[]): Promise<Versions> {
  const query = fields.map((field) => `select[${field}]=true`).join('&')
  const docs = await fetchAll<Doc>(cmsUrl, collection, { depth: 0, query, pageSize: 1000 })
  return Object.fromEntries(docs.map((doc) => [String(doc.id), versionOf(doc, fields)]))
}

// A dependency matters when a document already there changed or went: a new one cannot be
// populated inside documents stored before it existed.
function dependencyChanged(before: Versions | undefined, now: Versions): boolean {
  if (!before) return true
  return Object.entries(before).some(([id, version]) => now[id] !== version)
}

// Fetches only what changed since the last build: documents whose version differs from the
// stored one, or all of them when something they embed has changed (or nothing is stored yet).
async function fetchChanged(
  { cmsUrl, collection, depth = 1, dependsOn = [], versionFields = ['updatedAt'] }: Options,
  { store, meta }: LoaderContext,
): Promise<{ ids: Set<string>; docs: Doc[]; full: boolean }> {
  const [versions, ...dependencies] = await Promise.all([
    listVersions(cmsUrl, collection, versionFields),
    ...dependsOn.map((name) => listVersions(cmsUrl, name, ['updatedAt'])),
  ])
  const stored = JSON.parse(meta.get('dependencies') ?? '{}') as Record<string, Versions>
  const full =
    store.keys().length === 0 || dependsOn.some((name, index) => dependencyChanged(stored[name], dependencies[index]!))
  const stale = Object.keys(versions).filter((id) => {
    const data = store.get(id)?.data
    return full || !data || versionOf(data, versionFields) !== versions[id]
  })
  const docs = full
    ? await fetchAll<Doc>(cmsUrl, collection, { depth })
    : await fetchByIds<Doc>(cmsUrl, collection, depth, stale)
  meta.set('dependencies', JSON.stringify(Object.fromEntries(dependsOn.map((name, i) => [name, dependencies[i]]))))
  return { ids: new Set(Object.keys(versions)), docs, full }
}

// An Astro content-layer loader for one Payload collection. Between builds the store keeps what it
// loaded; unchanged documents are neither fetched nor parsed again.
export function payloadLoader(options: Options): Loader {
  const { cmsUrl, snapshotDir, collection, required = false, onDocument } = options
  return {
    name: `payload-${collection}`,
    load: async (context) => {
      const { store, logger, parseData, generateDigest } = context
      const started = performance.now()
      let loaded: { ids: Set<string>; docs: Doc[]; full: boolean }
      if (snapshotDir) {
        const docs = readSnapshot<Doc[]>(snapshotDir, collection)
        loaded = { ids: new Set(docs.map((doc) => String(doc.id))), docs, full: true }
      } else {
        loaded = await fetchChanged(options, context)
      }
      if (required && loaded.ids.size === 0) {
        throw new CmsError(`The CMS at ${cmsUrl} has no published ${collection}; refusing to build an empty site.`)
      }
      let changed = 0
      for (const doc of loaded.docs) {
        const id = String(doc.id)
        if (!loaded.ids.has(id)) continue
        const digest = generateDigest(doc)
        if (store.get(id)?.digest === digest) continue
        store.set({ id, data: await parseData({ id, data: doc }), digest })
        changed++
      }
      for (const id of store.keys()) if (!loaded.ids.has(id)) store.delete(id)
      if (onDocument) for (const id of store.keys()) await onDocument(store.get(id)!.data, logger)
      const fetched = loaded.full ? 'all fetched' : `${loaded.docs.length} fetched`
      logger.info(
        `${store.keys().length} ${collection} (${fetched}, ${changed} changed) in ${Math.round(performance.now() - started)} ms`,
      )
    },
  }
}

export function payloadGlobalLoader({
  cmsUrl,
  slug,
  depth = 1,
}: {
  cmsUrl: string
  slug: string
  depth?: number
}): Loader {
  return {
    name: `payload-global-${slug}`,
    load: async ({ store, parseData, generateDigest }) => {
      const doc = await fetchGlobal<Record<string, unknown>>(cmsUrl, slug, depth)
      const digest = generateDigest(doc)
      if (store.get(slug)?.digest === digest) return
      store.set({ id: slug, data: await parseData({ id: slug, data: doc }), digest })
    },
  }
}
