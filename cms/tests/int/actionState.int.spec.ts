import type { Payload } from 'payload'
import { ACTION_STATE } from '@vigil/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACTION_STATE_QUEUE, settleActionsWithoutState } from '../../src/jobs/settleActionState'
import { forgetPublishedActions } from '../../src/petitions/publishedActions'
import { SIGN_OUTCOME, signPetition } from '../../src/petitions/signPetition'
import { inMs, travelPast, useMovableClock, useRealClock } from '../helpers/clock'
import { createPublishedAction } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

// An action opens and closes at the times an editor set, with nobody pressing a button: its stored
// state and status follow, and signing follows the same rule.
let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
  // Tests jump past opening and closing times; the clock only ever moves forward.
  useMovableClock()
})

afterAll(async () => {
  useRealClock()
  await payload.destroy()
})

const live = (id: number) => payload.findByID({ collection: 'actions', id, draft: false, depth: 0 })
const latest = (id: number) => payload.findByID({ collection: 'actions', id, draft: true, depth: 0 })
const runDueJobs = () => payload.jobs.run({ queue: ACTION_STATE_QUEUE, limit: 50 })
const sign = (slug: string, email: string) => {
  forgetPublishedActions()
  return signPetition(payload, { slug, input: { name: 'Lina Haddad', email, country: 'CA' }, addressHash: 'x' })
}

async function jobsFor(id: number) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'settleActionState' }, completedAt: { exists: false } },
    limit: 100,
  })
  return docs.filter((job) => (job.input as { action: number }).action === id).map((job) => job.waitUntil)
}

describe('an action’s state', () => {
  it('is stored on every save from the status and the times', async () => {
    const open = await createPublishedAction(payload, 'state-open')
    const upcoming = await createPublishedAction(payload, 'state-upcoming', { opensAt: inMs(3_600_000) })
    const past = await createPublishedAction(payload, 'state-past', { closesAt: inMs(-60_000) })
    const byHand = await createPublishedAction(payload, 'state-by-hand', { status: 'closed' })
    expect([open, upcoming, past, byHand].map((action) => action.state)).toEqual([
      ACTION_STATE.open,
      ACTION_STATE.upcoming,
      ACTION_STATE.closed,
      ACTION_STATE.closed,
    ])
    // Typed in by hand, it is computed again all the same.
    const forged = await payload.update({ collection: 'actions', id: open.id, data: { state: 'closed' } as never })
    expect(forged.state).toBe(ACTION_STATE.open)
  })

  it('opens at its opening time and closes at its closing time, status included', async () => {
    const opensAt = inMs(3_600_000)
    const closesAt = inMs(7_200_000)
    const action = await createPublishedAction(payload, 'state-timed', { opensAt, closesAt })
    expect(action.state).toBe(ACTION_STATE.upcoming)
    expect(await jobsFor(action.id)).toEqual([opensAt])
    expect(await sign(action.slug, 'early@example.org')).toEqual({ outcome: SIGN_OUTCOME.notOpenYet })

    travelPast(opensAt)
    await runDueJobs()
    expect(await live(action.id)).toMatchObject({ state: ACTION_STATE.open, status: 'open' })
    expect(await jobsFor(action.id)).toEqual([closesAt])
    expect((await sign(action.slug, 'ontime@example.org')).outcome).toBe(SIGN_OUTCOME.signed)

    travelPast(closesAt)
    await runDueJobs()
    expect(await live(action.id)).toMatchObject({ state: ACTION_STATE.closed, status: 'closed' })
    expect(await jobsFor(action.id)).toEqual([])
    expect(await sign(action.slug, 'late@example.org')).toEqual({ outcome: SIGN_OUTCOME.closed })
  })

  it('closes without publishing an editor’s unpublished draft, which keeps its changes', async () => {
    const closesAt = inMs(3_600_000)
    const action = await createPublishedAction(payload, 'state-draft', { closesAt })
    await payload.update({
      collection: 'actions',
      id: action.id,
      draft: true,
      data: { title: 'A better title, not yet' },
    })
    travelPast(closesAt)
    await runDueJobs()
    expect(await live(action.id)).toMatchObject({ title: action.title, status: 'closed', state: 'closed' })
    expect(await latest(action.id)).toMatchObject({
      title: 'A better title, not yet',
      status: 'closed',
      state: 'closed',
      _status: 'draft',
    })
  })

  it('is filled in as the CMS starts for actions saved before states were stored, as on MongoDB', async () => {
    const closesAt = inMs(3_600_000)
    const action = await createPublishedAction(payload, 'state-unmigrated', { closesAt, namesGoToTargets: false })
    await sign(action.slug, 'before-promises@example.org')
    // As a database from before this version holds them: no state, no promise, no job.
    await payload.db.updateOne({ collection: 'actions', id: action.id, data: { state: null } })
    await payload.db.updateMany({
      collection: 'signatures',
      where: { action: { equals: action.id } },
      data: { namesGoToTargets: null },
    })
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'settleActionState' } } })

    await settleActionsWithoutState(payload)
    expect((await live(action.id)).state).toBe(ACTION_STATE.open)
    expect(await jobsFor(action.id)).toEqual([closesAt])
    const { docs } = await payload.find({ collection: 'signatures', where: { action: { equals: action.id } } })
    expect(docs.map((doc) => doc.namesGoToTargets)).toEqual([false])
  })
})
