import { randomUUID } from 'node:crypto'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'
import { DEFAULT_LOCALE, type RebuildNotice, type SiteCollection } from '@vigil/shared'
import { deliverRebuildNotice, REBUILD_QUEUE } from '../jobs/deliverRebuildNotice'

type Notice = Omit<RebuildNotice, 'at' | 'noticeId' | 'sentAt'>

// Queued in the same transaction as the change, so a saved change always has its notice and a
// rolled-back one never does. Saving never waits for the delivery. With `waitUntil`, the notice
// goes out at that time instead. Its id is given here, once, so every retry of its delivery
// carries the same one: the rebuild server accepts an id once and refuses it after.
export async function queueRebuild(req: PayloadRequest, notice: Notice, waitUntil?: Date): Promise<void> {
  if (req.context.disableRebuild) return
  await req.payload.jobs.queue({
    task: deliverRebuildNotice.slug as never,
    input: { notice: { ...notice, at: new Date().toISOString(), noticeId: randomUUID() } } as never,
    queue: REBUILD_QUEUE,
    waitUntil,
    req,
  })
  if (waitUntil) return
  // The jobs runner looks every second; nudge it once the change has had time to commit, so a
  // publish reaches the rebuild server in a fraction of that. (If the nudge comes too early the
  // regular run still delivers it.)
  const { payload } = req
  setTimeout(() => {
    payload.jobs.run({ queue: REBUILD_QUEUE, limit: 50 }).catch(() => undefined)
  }, 50).unref()
}

// Every hook made here, so a test can check each collection the site reads has them
// (shared/src/siteContent.ts) without saving a document of each.
const rebuildHooks = new WeakSet<object>()
function markRebuildHook<T extends object>(hook: T): T {
  rebuildHooks.add(hook)
  return hook
}
export const isRebuildHook = (hook: unknown): boolean => typeof hook === 'function' && rebuildHooks.has(hook)

const WAS_LIVE = 'rebuildWasLive'

// Whether the document visitors see (the main row, not the newest draft) is published in the
// language being saved: each language has its own status, which the adapter returns by language.
async function isLive(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<boolean> {
  const row = await req.payload.db.findOne<{ id: number | string; _status?: string | Record<string, string> }>({
    collection,
    where: { id: { equals: id } },
    req,
  })
  const status = row?._status
  return (typeof status === 'object' ? status[req.locale ?? DEFAULT_LOCALE] : status) === 'published'
}

// Collections with drafts: only changes to what visitors see notify. A draft save or autosave
// leaves the published row alone and says nothing; publishing, editing while published and
// unpublishing do.
export function rebuildOnPublishedChange(collection: SiteCollection) {
  const beforeChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
    req.context[WAS_LIVE] =
      operation === 'update' && originalDoc?.id !== undefined && (await isLive(req, collection, originalDoc.id))
    return data
  }
  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    const wasLive = Boolean(req.context[WAS_LIVE])
    const base = { source: collection, id: doc.id, slug: doc.slug }
    if (doc._status === 'published') await queueRebuild(req, { ...base, event: wasLive ? 'update' : 'publish' })
    else if (wasLive && !(await isLive(req, collection, doc.id)))
      await queueRebuild(req, { ...base, event: 'unpublish' })
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    if (doc._status === 'published')
      await queueRebuild(req, { source: collection, id: doc.id, slug: doc.slug, event: 'delete' })
  }
  return {
    beforeChange: markRebuildHook(beforeChange),
    afterChange: markRebuildHook(afterChange),
    afterDelete: markRebuildHook(afterDelete),
  }
}

// Collections without drafts (authors, topics, media): every saved change is live.
export function rebuildOnChange(collection: SiteCollection) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, operation, req }) =>
    queueRebuild(req, {
      source: collection,
      id: doc.id,
      slug: doc.slug,
      event: operation === 'create' ? 'publish' : 'update',
    })
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) =>
    queueRebuild(req, { source: collection, id: doc.id, slug: doc.slug, event: 'delete' })
  return { afterChange: [markRebuildHook(afterChange)], afterDelete: [markRebuildHook(afterDelete)] }
}

export const rebuildOnGlobalChange: GlobalAfterChangeHook = markRebuildHook(async ({ global, req }) =>
  queueRebuild(req, { source: `global:${global.slug}`, event: 'update' }),
)
