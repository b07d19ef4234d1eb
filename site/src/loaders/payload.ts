import type { Loader } from 'astro/loaders'
import { CmsError, fetchAll, fetchGlobal } from './fetchAll'
import { readSnapshot } from './snapshot'

interface Options {
  cmsUrl: string
  /** Read saved JSON from here instead of the CMS. */
  snapshotDir?: string
  collection: string
  depth?: number
  /** A site without any of these is broken, not empty: fail the build instead. */
  required?: boolean
  /** Side work per loaded document (downloading its images), run before it is stored. */
  onDocument?: (doc: Record<string, unknown>) => Promise<void>
}

type Doc = Record<string, unknown> & { id: string | number }

// An Astro content-layer loader for one Payload collection (or, with `global`, one global).
// Unchanged documents keep their stored entry: their digest matches and they are not parsed again.
export function payloadLoader({
  cmsUrl,
  snapshotDir,
  collection,
  depth = 1,
  required = false,
  onDocument,
}: Options): Loader {
  return {
    name: `payload-${collection}`,
    load: async ({ store, logger, parseData, generateDigest }) => {
      const started = performance.now()
      const docs = snapshotDir
        ? readSnapshot<Doc[]>(snapshotDir, collection)
        : await fetchAll<Doc>(cmsUrl, collection, depth)
      if (required && docs.length === 0) {
        throw new CmsError(`The CMS at ${cmsUrl} has no published ${collection}; refusing to build an empty site.`)
      }
      const seen = new Set<string>()
      let changed = 0
      for (const doc of docs) {
        const id = String(doc.id)
        seen.add(id)
        const digest = generateDigest(doc)
        if (onDocument) await onDocument(doc)
        if (store.get(id)?.digest === digest) continue
        store.set({ id, data: await parseData({ id, data: doc }), digest })
        changed++
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id)
      logger.info(`${docs.length} ${collection} (${changed} changed) in ${Math.round(performance.now() - started)} ms`)
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
