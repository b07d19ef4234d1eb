import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { BuildError } from './buildRelease.ts'
import type { ReleaseInfo, Releases } from './releases.ts'

// The successor of an incremental release: its pages, and a search index of them (searchRelease.ts).
async function runSearchRelease(live: string, next: string): Promise<string> {
  const script = path.join(import.meta.dirname, 'searchRelease.ts')
  const { stdout } = await promisify(execFile)(process.execPath, [script, live, next])
  return stdout.trim()
}

// An incremental release goes live with the previous release's search index, since indexing
// every page takes longer than rendering the few that changed. Its successor has the same pages
// and a fresh index; it replaces it as soon as it is ready (unless something else went live).
export async function publishSearchSuccessor(
  releases: Releases,
  live: ReleaseInfo,
  log: (message: string) => void,
): Promise<void> {
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
