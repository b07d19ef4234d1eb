import { vi } from 'vitest'

// A clock for tests about opening and closing times. Dates keep moving as in real life (saves stay
// ordered by updatedAt), and a test jumps past a moment instead of sleeping until it: on a slow
// machine a short real wait lets the moment pass before the test has looked, so the test would
// depend on the machine's speed. Only Date is faked; timers, I/O and the database run for real.
export function useMovableClock(): void {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true })
}

export function useRealClock(): void {
  vi.useRealTimers()
}

/** An ISO time `ms` from now, by the test's clock. */
export const inMs = (ms: number): string => new Date(Date.now() + ms).toISOString()

/** Moves the clock a second past `iso`, as if the test had waited for it. */
export function travelPast(iso: string): void {
  vi.setSystemTime(Date.parse(iso) + 1_000)
}
