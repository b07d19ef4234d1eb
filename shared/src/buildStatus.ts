// What the rebuild server's GET /status answers: read by the CMS's build panel, the start script,
// the benchmarks and the tests. Declared once, here, for all of them, with the other answers that
// cross a process boundary around a build: the rebuild server's to a notice, the CMS's to its build
// panel, and the messages a build process sends the rebuild server as it goes.
import { statusToken } from './webhook.ts'

/** Where the rebuild server answers its status: beside the notice path, on the same origin. */
export const BUILD_STATUS_PATH = '/status'

export type BuildPhase =
  | 'starting'
  | 'fetching content'
  | 'bundling'
  | 'rendering pages'
  | 'carrying over unchanged pages'
  | 'indexing search'
  | 'checking'

/**
 * What a build process (`astro build` forked by the rebuild server) sends its parent over the IPC
 * channel as it goes: a phase beginning, a page rendered, the build being incremental (rendering
 * only pages changed since the live release). Its output is kept only to show when it fails.
 */
export type BuildMessage =
  { vigilBuild: 'phase'; phase: BuildPhase } | { vigilBuild: 'page' } | { vigilBuild: 'incremental' }

// Whatever else arrives on the channel (nothing today) is not a build message.
export const isBuildMessage = (message: unknown): message is BuildMessage =>
  typeof message === 'object' && message !== null && 'vigilBuild' in message

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

/** What one build has told of itself so far: the part of the status its own process knows. */
export type BuildProgress = Pick<NonNullable<BuildStatus['building']>, 'phase' | 'pages' | 'incremental'>

/** The rebuild server's answer (202) to a notice it accepted: the build that will answer it. */
export interface NoticeAccepted {
  accepted: true
  /** The number (BuildRecord.number) of the build that will answer the notice. */
  build: number
  state: BuildStatus['state']
}

/** The CMS's answer to its build panel (GET /api/site-build): the status, when the CMS reached it. */
export type SiteBuildAnswer = { siteUrl: string } & (
  ({ available: true } & BuildStatus) | { available: false; message: string }
)

/** The CMS's answer (202) to "Rebuild now" (POST /api/site-build): a notice is on its way. */
export interface RebuildQueued {
  queued: true
}

/** The rebuild server's status address, given its notice address (REBUILD_WEBHOOK_URL). */
export const buildStatusUrl = (rebuildUrl: string | URL) => new URL(BUILD_STATUS_PATH, rebuildUrl)

/**
 * The headers that ask for the status: with WEBHOOK_SECRET, the status token, so the rebuild server
 * answers from another host too; without, none, and it answers only on its own machine.
 */
export async function buildStatusHeaders(secret?: string): Promise<Record<string, string>> {
  return secret ? { Authorization: `Bearer ${await statusToken(secret)}` } : {}
}
