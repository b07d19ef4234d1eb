import { describe, expect, it } from 'vitest'
import { Coalescer } from '../../server/rebuild/coalescer'

// Builds that finish only when the test says so: the rule is checked step by step, whatever the
// machine's speed.
function heldBuilds() {
  const finishers: (() => void)[] = []
  const coalescer = new Coalescer(() => new Promise<void>((resolve) => finishers.push(resolve)), 0)
  const started = () => finishers.length
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 1))
  }
  return { coalescer, finishers, started, until }
}

describe('the coalescer turning notices into builds', () => {
  it('makes one build of a burst that arrives before it starts', async () => {
    const { coalescer, finishers, started, until } = heldBuilds()
    for (let i = 0; i < 20; i++) expect(coalescer.notify()).toBe(1)
    // Status says "building" from the first notice, though the build starts a moment later.
    expect(coalescer.building).toBe(true)
    await until(() => started() === 1)
    finishers[0]!()
    await coalescer.settled()
    expect(started()).toBe(1)
    expect(coalescer.recent).toMatchObject([{ number: 1, notices: 20, arrivedDuring: 0 }])
  })

  it('runs one build at a time, and answers every notice arriving during one with exactly one more', async () => {
    const { coalescer, finishers, started, until } = heldBuilds()
    expect(coalescer.notify()).toBe(1)
    await until(() => started() === 1)
    for (let i = 0; i < 20; i++) expect(coalescer.notify()).toBe(2)
    // Nothing else starts while the first runs, however long it takes.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(started()).toBe(1)
    expect(coalescer.queued).toBe(true)

    finishers[0]!()
    await until(() => started() === 2)
    expect(coalescer.queued).toBe(false)
    for (let i = 0; i < 3; i++) expect(coalescer.notify()).toBe(3)
    finishers[1]!()
    await until(() => started() === 3)
    finishers[2]!()
    await coalescer.settled()

    expect(started()).toBe(3)
    expect(coalescer.recent).toMatchObject([
      { number: 1, notices: 1, arrivedDuring: 20 },
      { number: 2, notices: 20, arrivedDuring: 3 },
      { number: 3, notices: 3, arrivedDuring: 0 },
    ])
    for (const record of coalescer.recent) expect(record.endedAt).toBeDefined()
  })

  it('starts nothing without a notice', async () => {
    const { coalescer, started } = heldBuilds()
    expect(coalescer.building).toBe(false)
    await coalescer.settled()
    expect(started()).toBe(0)
    expect(coalescer.recent).toEqual([])
  })
})
