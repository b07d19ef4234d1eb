import { describe, expect, it } from 'vitest'
import { ACTION_STATE, actionState, nextStateChange } from '../src/actionState.ts'

const now = Date.parse('2026-12-02T12:00:00Z')
const before = '2026-12-01T12:00:00.000Z'
const after = '2026-12-03T12:00:00.000Z'

describe('actionState', () => {
  it.each([
    ['open with no times', { status: 'open' }, ACTION_STATE.open],
    ['open between its opening and closing times', { status: 'open', opensAt: before, closesAt: after }, 'open'],
    ['before its opening time', { status: 'open', opensAt: after }, ACTION_STATE.upcoming],
    ['after its closing time', { status: 'open', closesAt: before }, ACTION_STATE.closed],
    ['exactly at its closing time', { status: 'open', closesAt: new Date(now).toISOString() }, 'closed'],
    ['closed by hand before its closing time', { status: 'closed', closesAt: after }, 'closed'],
    ['closed by hand before it opened', { status: 'closed', opensAt: after }, 'closed'],
    ['with no status at all', {}, 'closed'],
  ])('is %s → %s', (_case, action, expected) => {
    expect(actionState(action, now)).toBe(expected)
  })
})

describe('nextStateChange', () => {
  it('is the opening time before it opens, then the closing time, then nothing', () => {
    const action = { status: 'open', opensAt: after, closesAt: '2026-12-04T12:00:00.000Z' }
    expect(nextStateChange(action, now)?.toISOString()).toBe(after)
    expect(nextStateChange(action, Date.parse(after))?.toISOString()).toBe('2026-12-04T12:00:00.000Z')
    expect(nextStateChange(action, Date.parse('2026-12-05T00:00:00Z'))).toBeUndefined()
    expect(nextStateChange({ status: 'open' }, now)).toBeUndefined()
  })
})
