import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import type { BuildStatus, RebuildNotice } from '@vigil/shared'
import { BuildError, type BuildProgress, BuildRunner } from './buildRelease.ts'
import { checkRelease, expectedPages } from './checkRelease.ts'
import { Coalescer } from './coalescer.ts'
import type { ReleaseInfo, Releases } from './releases.ts'
import { siteFingerprint } from './siteFingerprint.ts'

// The successor of an incremental release: its pages, and a search index of them (searchRelease.ts).
async function runSearchRelease(live: string, next: string): Promise<string> {
  const script = path.join(import.meta.dirname, 'searchRelease.ts')
  const { stdout } = await promisify(execFile)(process.execPath, [script, live, next])
  return stdout.trim()
}

interface Options {
  releases: Releases
  siteDir: string
  cmsUrl: string
  env: NodeJS.ProcessEnv
  quietMs: number
  log: (message: string) => void
}

// One build at a time; notices that arrive while one runs make exactly one more, and a burst
// within the quiet window makes one (coalescer.ts). A failed build leaves the live release as it was.
// Builds render only what changed, on the live release, unless the site's code or settings
// changed since it was built, or someone asked for a full rebuild ("Rebuild now").
export class RebuildScheduler {
  private readonly coalescer: Coalescer
  private fullRequested = false
  private progress: BuildProgress = { phase: 'starting', pages: 0, incremental: false }
  private startedAt: Date | undefined
  private lastFailure: BuildStatus['lastFailure']
  private failedLast = false
  private durations: number[] = []
  private counts = { started: 0, succeeded: 0, failed: 0 }

  private readonly options: Options
  private readonly runner: BuildRunner

  constructor(options: Options) {
    this.options = options
    this.runner = new BuildRunner(options.siteDir, options.env)
    this.coalescer = new Coalescer(() => this.build(), options.quietMs)
  }

  stop(): void {
    this.runner.stop()
  }

  /** Takes a notice (none: a build at start); returns the number of the build that will answer it. */
  notify(notice?: RebuildNotice): number {
    if (notice) this.options.log(`notice: ${notice.event} ${notice.source}${notice.slug ? ` ${notice.slug}` : ''}`)
    if (notice?.event === 'manual') this.fullRequested = true
    return this.coalescer.notify()
  }

  // Resolves when no build is running or waiting.
  settled(): Promise<void> {
    return this.coalescer.settled()
  }

  // The live release, when this build may render only what changed since it.
  private base(fingerprint: string): ReleaseInfo | undefined {
    const { releases } = this.options
    const full = this.fullRequested
    this.fullRequested = false
    const liveId = releases.liveId()
    const live = liveId ? releases.info(liveId) : undefined
    return !full && live?.fingerprint === fingerprint ? live : undefined
  }

  private async build(): Promise<void> {
    const { releases, cmsUrl, env, log } = this.options
    const started = new Date()
    this.startedAt = started
    this.progress = { phase: 'starting', pages: 0, incremental: false }
    this.counts.started++
    // Everything that can fail is inside the try, so a failure (a full disk, a folder it may not
    // write) is a failed build on the status, never an error that stops the server.
    let release: ReturnType<typeof releases.create> | undefined
    try {
      const fingerprint = siteFingerprint(env)
      const base = this.base(fingerprint)
      release = releases.create()
      log(`building release ${release.id}${base ? ` on ${base.id}` : ' (every page)'}…`)
      const expected = expectedPages(cmsUrl, started)
      expected.catch(() => {}) // awaited below; a failed build must not leave it unhandled
      const built = await this.runner.build(
        release.dir,
        base && releases.path(base.id),
        (progress) => (this.progress = progress),
      )
      this.progress = { ...this.progress, phase: 'checking' }
      const { pages, problems } = checkRelease(release.dir, await expected)
      if (problems.length) throw new BuildError(`the release failed its checks: ${problems.join('; ')}`, problems)
      const durationMs = Date.now() - started.getTime()
      const info: ReleaseInfo = {
        id: release.id,
        builtAt: new Date().toISOString(),
        durationMs,
        pages,
        fingerprint,
        incremental: built.incremental,
      }
      releases.publish(info)
      this.durations = [...this.durations.slice(-9), durationMs]
      this.counts.succeeded++
      this.failedLast = false
      log(`release ${release.id} is live (${(durationMs / 1000).toFixed(1)} s, ${built.pages} pages rendered)`)
      if (built.incremental) await this.indexSearch(info)
    } catch (error) {
      if (release && releases.liveId() !== release.id) releases.discard(release.id)
      const tail = error instanceof BuildError ? error.tail : []
      const message = error instanceof Error ? error.message : String(error)
      this.lastFailure = { at: new Date().toISOString(), error: message, tail: tail.slice(-15) }
      this.failedLast = true
      this.counts.failed++
      const serving =
        release && releases.liveId() === release.id ? 'its pages are live' : 'the live release keeps serving'
      log(`build failed, ${serving}: ${message}\n  ${tail.slice(-5).join('\n  ')}`)
    } finally {
      this.startedAt = undefined
    }
  }

  // An incremental release goes live with the previous release's search index, since indexing
  // every page takes longer than rendering the few that changed. Its successor has the same pages
  // and a fresh index; it replaces it as soon as it is ready (unless something else went live).
  private async indexSearch(live: ReleaseInfo): Promise<void> {
    const { releases, log } = this.options
    this.progress = { ...this.progress, phase: 'indexing search' }
    const next = releases.create()
    try {
      const pages = await runSearchRelease(releases.path(live.id), next.dir)
      if (releases.liveId() !== live.id) {
        releases.discard(next.id)
        log('search index dropped: another release went live meanwhile')
        return
      }
      releases.retire(live.id)
      releases.publish({ ...live, id: next.id })
      log(`search index of ${pages} pages is live (release ${next.id})`)
    } catch (error) {
      releases.discard(next.id)
      throw new BuildError(
        `search could not be indexed, so it does not find the newest changes: ${(error as Error).message}`,
        [],
      )
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
      state: this.coalescer.building ? 'building' : this.failedLast ? 'failed' : 'idle',
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
        queued: this.coalescer.queued,
      },
      lastSuccess: success && { at: success.builtAt, durationMs: success.durationMs },
      lastFailure: this.lastFailure,
      durationsMs: this.durations,
      builds: { ...this.counts },
      recent: this.coalescer.recent,
      releases: releases.list(),
    }
  }
}
