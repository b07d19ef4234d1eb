import type { Payload, TaskConfig } from 'payload'
import { ACTION_STATE, ACTION_STATUS, actionState, nextStateChange } from '@vigil/shared'
import type { Action } from '../payload-types'

// Actions open and close on their own at the times editors set. A job waits for each moment and
// then saves the action, which stores its new state (the shared rule, in the `state` field's hook),
// marks it closed once its closing time has passed, and so notifies the site like any edit would.
export const ACTION_STATE_QUEUE = 'action-state'

// Fields that are not content: the save recomputes or refuses them.
const withoutMeta = ({ id: _id, createdAt: _c, updatedAt: _u, signatureCount: _s, ...data }: Action) => data

const settled = (action: Action, now: number) => {
  const state = actionState(action, now)
  const status = state === ACTION_STATE.closed ? ACTION_STATUS.closed : action.status
  return { state, status, changed: state !== action.state || status !== action.status }
}

export async function settleActionState(payload: Payload, id: number | string, now = Date.now()): Promise<void> {
  const latest = await payload.findByID({ collection: 'actions', id, draft: true, depth: 0, disableErrors: true })
  if (!latest) return
  const live = await payload.findByID({ collection: 'actions', id, draft: false, depth: 0, disableErrors: true })
  const context = { actionStateSettled: true }
  // What visitors see first: publishing the change to the live document alone, so an editor's
  // unpublished draft is not published with it…
  if (live?._status === 'published') {
    const { status, changed } = settled(live, now)
    if (changed) {
      await payload.update({ collection: 'actions', id, draft: false, context, data: { ...withoutMeta(live), status } })
    }
  }
  // …then the newest draft, when there is one, gets the same change on top and stays the newest.
  if (latest._status !== 'published' || latest.updatedAt !== live?.updatedAt) {
    const { status, changed } = settled(latest, now)
    if (changed) {
      await payload.update({
        collection: 'actions',
        id,
        draft: true,
        context,
        data: { ...withoutMeta(latest), status },
      })
    }
  }
}

// Queues the job for the action's next moment, if it has one (again whenever the times change).
export async function scheduleStateChange(payload: Payload, action: Action, now = Date.now()): Promise<void> {
  const at = nextStateChange(action, now)
  if (!at) return
  await payload.jobs.queue({
    task: settleActionStateTask.slug as never,
    input: { action: action.id } as never,
    queue: ACTION_STATE_QUEUE,
    waitUntil: at,
  })
}

export const settleActionStateTask: TaskConfig<{ input: { action: number }; output: object }> = {
  slug: 'settleActionState',
  label: 'Open or close an action at its time',
  inputSchema: [{ name: 'action', type: 'number', required: true }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  handler: async ({ input, req }) => {
    await settleActionState(req.payload, input.action)
    // Closing time may follow opening time: wait for that one next.
    const action = await req.payload.findByID({
      collection: 'actions',
      id: input.action,
      draft: true,
      depth: 0,
      disableErrors: true,
    })
    if (action) await scheduleStateChange(req.payload, action)
    return { output: {} }
  },
}

// Run as the CMS starts: actions saved before states were stored (a MongoDB database, which has no
// migrations to fill them in) get their state, their next moment scheduled, and their older
// signatures the promise the action made then. On SQL databases the migration did this already,
// and the indexed query finds nothing.
export async function settleActionsWithoutState(payload: Payload): Promise<void> {
  const { docs } = await payload.find({
    collection: 'actions',
    where: { state: { exists: false } },
    depth: 0,
    limit: 0,
    pagination: false,
  })
  for (const action of docs) {
    await payload.update({
      collection: 'signatures',
      where: { action: { equals: action.id }, namesGoToTargets: { exists: false } },
      data: { namesGoToTargets: action.namesGoToTargets ?? true },
    })
    await settleActionState(payload, action.id)
    await scheduleStateChange(payload, action)
  }
}
