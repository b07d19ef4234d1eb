import type { RebuildNotice } from '@vigil/shared'
import { BuildError, type BuildProgress, buildRelease } from './buildRelease.ts'
import { checkRelease, countPages } from './checkRelease.ts'
import type { Releases } from './releases.ts'

export interface BuildStatus {
  state: 'idle' | 'building' | 'failed'
  live?: { release: string; builtAt: string; durationMs: number; pages: number }
  building?: {
    startedAt: string
    phase: BuildProgress['phase']
    pages: number
    expectedPages?: number
    queued: boolean
  }
  lastSuccess?: { at: string; durationMs: number }
  lastFailure?: { at: string; error: string; tail: string[] }
  durationsMs: number[]
  builds: { started: number; succeeded: number; failed: number }
  releases: string[]
}

interface Options {
  releases: Releases
  siteDir: string
  cmsUrl: string
  env: NodeJS.ProcessEnv
  quietMs: number
  log: (message: string) => void
}

// One build at a time; notices that arrive while one runs make at most one more, and a burst
// within the quiet window makes one. A failed build leaves the live release as it was.
export class RebuildScheduler {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private queued = false
  private progress: BuildProgress = { phase: 'starting', pages: 0 }
  private startedAt: Date | undefined
  private lastFailure: BuildStatus['lastFailure']
  private failedLast = false
  private durations: number[] = []
  private counts = { started: 0, succeeded: 0, failed: 0 }

  private readonly options: Options

  constructor(options: Options) {
    this.options = options
  }

  notify(notice?: RebuildNotice): void {
    if (notice) this.options.log(`notice: ${notice.event} ${notice.source}${notice.slug ? ` ${notice.slug}` : ''}`)
    if (this.running) {
      this.queued = true
      return
    }
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.run(), this.options.quietMs)
  }

  // Resolves when no build is running or waiting.
  async settled(): Promise<void> {
    while (this.running || this.timer) {
      await (this.running ?? new Promise((resolve) => setTimeout(resolve, 50)))
    }
  }

  private async run(): Promise<void> {
    this.timer = undefined
    this.running = this.build().finally(() => {
      this.running = undefined
      if (this.queued) {
        this.queued = false
        this.notify()
      }
    })
    await this.running
  }

  private async build(): Promise<void> {
    const { releases, siteDir, cmsUrl, env, log } = this.options
    const started = new Date()
    this.startedAt = started
    this.progress = { phase: 'starting', pages: 0 }
    this.counts.started++
    const release = releases.create()
    log(`building release ${release.id}…`)
    try {
      await buildRelease(siteDir, release.dir, env, (progress) => (this.progress = progress))
      this.progress = { ...this.progress, phase: 'checking' }
      const problems = await checkRelease(release.dir, cmsUrl, started)
      if (problems.length) throw new BuildError(`the release failed its checks: ${problems.join('; ')}`, problems)
      const durationMs = Date.now() - started.getTime()
      releases.publish({
        id: release.id,
        builtAt: new Date().toISOString(),
        durationMs,
        pages: countPages(release.dir),
      })
      this.durations = [...this.durations.slice(-9), durationMs]
      this.counts.succeeded++
      this.failedLast = false
      log(`release ${release.id} is live (${(durationMs / 1000).toFixed(1)} s)`)
    } catch (error) {
      releases.discard(release.id)
      const tail = error instanceof BuildError ? error.tail : []
      const message = error instanceof Error ? error.message : String(error)
      this.lastFailure = { at: new Date().toISOString(), error: message, tail: tail.slice(-15) }
      this.failedLast = true
      this.counts.failed++
      log(`build failed, the live release keeps serving: ${message}\n  ${tail.slice(-5).join('\n  ')}`)
    } finally {
      this.startedAt = undefined
    }
  }

  status(): BuildStatus {
    const { releases } = this.options
    const liveId = releases.liveId()
    const live = liveId ? releases.info(liveId) : undefined
    const success = [...releases.list()]
      .reverse()
      .map((id) => releases.info(id))
      .find(Boolean)
    return {
      state: this.running ? 'building' : this.failedLast ? 'failed' : 'idle',
      live: live && { release: live.id, builtAt: live.builtAt, durationMs: live.durationMs, pages: live.pages },
      building: this.startedAt && {
        startedAt: this.startedAt.toISOString(),
        phase: this.progress.phase,
        pages: this.progress.pages,
        expectedPages: live?.pages,
        queued: this.queued,
      },
      lastSuccess: success && { at: success.builtAt, durationMs: success.durationMs },
      lastFailure: this.lastFailure,
      durationsMs: this.durations,
      builds: { ...this.counts },
      releases: releases.list(),
    }
  }
}
