import type { BuildStatus, RebuildNotice } from '@vigil/shared'
import { BuildError, BuildRunner } from './buildRelease.ts'
import { BuildRecorder } from './buildRecorder.ts'
import { checkRelease, expectedPages } from './checkRelease.ts'
import { Coalescer } from './coalescer.ts'
import type { ReleaseInfo, Releases } from './releases.ts'
import { publishSearchSuccessor } from './searchSuccessor.ts'
import { siteFingerprint } from './siteFingerprint.ts'

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
// What the status shows of all this is kept by the recorder (buildRecorder.ts).
export class RebuildScheduler {
  private readonly coalescer: Coalescer
  private readonly recorder: BuildRecorder
  private fullRequested = false

  private readonly options: Options
  private readonly runner: BuildRunner

  constructor(options: Options) {
    this.options = options
    this.runner = new BuildRunner(options.siteDir, options.env)
    this.coalescer = new Coalescer(() => this.build(), options.quietMs)
    this.recorder = new BuildRecorder(options.releases, this.coalescer)
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

  status(): BuildStatus {
    return this.recorder.status()
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
    const recorder = this.recorder
    const started = new Date()
    recorder.started(started)
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
      const built = await this.runner.build(release.dir, base && releases.path(base.id), (progress) =>
        recorder.progressed(progress),
      )
      recorder.entered('checking')
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
      recorder.succeeded(durationMs)
      log(`release ${release.id} is live (${(durationMs / 1000).toFixed(1)} s, ${built.pages} pages rendered)`)
      if (built.incremental) {
        recorder.entered('indexing search')
        await publishSearchSuccessor(releases, info, log)
      }
    } catch (error) {
      if (release && releases.liveId() !== release.id) releases.discard(release.id)
      const tail = error instanceof BuildError ? error.tail : []
      const message = error instanceof Error ? error.message : String(error)
      recorder.failed(message, tail)
      const serving =
        release && releases.liveId() === release.id ? 'its pages are live' : 'the live release keeps serving'
      log(`build failed, ${serving}: ${message}\n  ${tail.slice(-5).join('\n  ')}`)
    } finally {
      recorder.ended()
    }
  }
}
