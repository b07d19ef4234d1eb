// What the rebuild server's GET /status answers: read by the CMS's build panel, the start script,
// the benchmarks and the tests. Declared once, here, for all of them.

export type BuildPhase =
  | 'starting'
  | 'fetching content'
  | 'bundling'
  | 'rendering pages'
  | 'carrying over unchanged pages'
  | 'indexing search'
  | 'checking'

/** One build, as the scheduler ran it: when, and which notices it answered. */
export interface BuildRecord {
  /** 1 for the rebuild server's first build, counting up. */
  number: number
  startedAt: string
  /** Missing while it runs. */
  endedAt?: string
  /** The notices this build answers: all those that arrived since the build before it started. */
  notices: number
  /** The notices that arrived while it ran; the one build after it answers all of them. */
  arrivedDuring: number
}

export interface BuildStatus {
  state: 'idle' | 'building' | 'failed'
  live?: { release: string; builtAt: string; durationMs: number; pages: number; incremental: boolean }
  building?: {
    startedAt: string
    phase: BuildPhase
    pages: number
    expectedPages?: number
    incremental: boolean
    queued: boolean
  }
  lastSuccess?: { at: string; durationMs: number }
  lastFailure?: { at: string; error: string; tail: string[] }
  durationsMs: number[]
  builds: { started: number; succeeded: number; failed: number }
  /** The latest builds, oldest first (at most BUILD_RECORDS_KEPT). */
  recent: BuildRecord[]
  releases: string[]
}

export const BUILD_RECORDS_KEPT = 50
