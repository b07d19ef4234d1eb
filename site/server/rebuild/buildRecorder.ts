import type { BuildPhase, BuildProgress, BuildStatus } from '@vigil/shared'
import type { Coalescer } from './coalescer.ts'
import type { Releases } from './releases.ts'

/** What the status shows of the coalescer: whether a build runs or waits, and the builds' records. */
type Schedule = Pick<Coalescer, 'building' | 'queued' | 'recent'>

const DURATIONS_KEPT = 10
const FAILURE_TAIL_LINES = 15

// Keeps what the status shows of builds: the one under way (its phase and pages), the last
// failure, recent durations and counts. The scheduler tells it what happens, it decides nothing;
// what is live, and what the releases were, come from the releases themselves.
export class BuildRecorder {
  private progress: BuildProgress = { phase: 'starting', pages: 0, incremental: false }
  private startedAt: Date | undefined
  private lastFailure: BuildStatus['lastFailure']
  private failedLast = false
  private durations: number[] = []
  private readonly counts = { started: 0, succeeded: 0, failed: 0 }

  private readonly releases: Releases
  private readonly schedule: Schedule

  constructor(releases: Releases, schedule: Schedule) {
    this.releases = releases
    this.schedule = schedule
  }

  started(at: Date): void {
    this.startedAt = at
    this.progress = { phase: 'starting', pages: 0, incremental: false }
    this.counts.started++
  }

  progressed(progress: BuildProgress): void {
    this.progress = progress
  }

  entered(phase: BuildPhase): void {
    this.progress = { ...this.progress, phase }
  }

  succeeded(durationMs: number): void {
    this.durations = [...this.durations.slice(-(DURATIONS_KEPT - 1)), durationMs]
    this.counts.succeeded++
    this.failedLast = false
  }

  failed(error: string, tail: string[]): void {
    this.lastFailure = { at: new Date().toISOString(), error, tail: tail.slice(-FAILURE_TAIL_LINES) }
    this.failedLast = true
    this.counts.failed++
  }

  // The build is over, whichever way it went.
  ended(): void {
    this.startedAt = undefined
  }

  status(): BuildStatus {
    const { releases, schedule } = this
    const liveId = releases.liveId()
    const live = liveId ? releases.info(liveId) : undefined
    const success = [...releases.list()]
      .reverse()
      .map((id) => releases.info(id))
      .find(Boolean)
    return {
      state: schedule.building ? 'building' : this.failedLast ? 'failed' : 'idle',
      live: live && {
        release: live.id,
        builtAt: live.builtAt,
        durationMs: live.durationMs,
        pages: live.pages,
        incremental: live.incremental,
      },
      building: this.startedAt && {
        startedAt: this.startedAt.toISOString(),
        phase: this.progress.phase,
        pages: this.progress.pages,
        // An incremental build renders only changed pages: there is no total to expect.
        expectedPages: this.progress.incremental ? undefined : live?.pages,
        incremental: this.progress.incremental,
        queued: schedule.queued,
      },
      lastSuccess: success && { at: success.builtAt, durationMs: success.durationMs },
      lastFailure: this.lastFailure,
      durationsMs: this.durations,
      builds: { ...this.counts },
      recent: schedule.recent,
      releases: releases.list(),
    }
  }
}
