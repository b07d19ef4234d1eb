import { BUILD_RECORDS_KEPT, type BuildRecord } from '@vigil/shared'

// Turns notices into builds: one build at a time; the first notice starts one after `quietMs`
// (each further notice before it starts restarts that wait, gathering a burst); every notice
// arriving while a build runs is answered by the one build after it, however many arrive.
// Each build's record says which notices it answered, so the rule can be checked from outside.
export class Coalescer {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private current: BuildRecord | undefined
  // Notices no started build has answered yet.
  private pending = 0
  private started = 0
  private readonly records: BuildRecord[] = []
  private readonly build: () => Promise<void>
  private readonly quietMs: number

  constructor(build: () => Promise<void>, quietMs: number) {
    this.build = build
    this.quietMs = quietMs
  }

  /** Takes one notice; returns the number of the build that will answer it. */
  notify(): number {
    this.pending++
    if (this.current) this.current.arrivedDuring++
    else this.wait()
    return this.started + 1
  }

  /** A build is running, or about to start: status says so, so no one reads "idle" in between. */
  get building(): boolean {
    return this.running !== undefined || this.timer !== undefined
  }

  /** Whether another build will follow the one running. */
  get queued(): boolean {
    return this.running !== undefined && this.pending > 0
  }

  /** The latest builds, oldest first. */
  get recent(): BuildRecord[] {
    return this.records.map((record) => ({ ...record }))
  }

  /** Resolves when no build is running or waiting to start. */
  async settled(): Promise<void> {
    while (this.running || this.timer) {
      await (this.running ?? new Promise((resolve) => setTimeout(resolve, 50)))
    }
  }

  private wait(): void {
    clearTimeout(this.timer)
    // A build reports its own failures; anything else is logged, and the server keeps running.
    this.timer = setTimeout(
      () => this.run().catch((error: unknown) => console.error('[site] build run failed:', error)),
      this.quietMs,
    )
  }

  private async run(): Promise<void> {
    this.timer = undefined
    const record: BuildRecord = {
      number: ++this.started,
      startedAt: new Date().toISOString(),
      notices: this.pending,
      arrivedDuring: 0,
    }
    this.pending = 0
    this.current = record
    this.records.push(record)
    if (this.records.length > BUILD_RECORDS_KEPT) this.records.shift()
    this.running = this.build()
    try {
      await this.running
    } finally {
      record.endedAt = new Date().toISOString()
      this.current = undefined
      this.running = undefined
      if (this.pending > 0) this.wait()
    }
  }
}
