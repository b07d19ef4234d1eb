import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { META_DIR, RELEASE_INFO } from '../../src/lib/releaseFiles.ts'

// Releases are folders under <dir>/releases, named by build time; <dir>/live is a symlink to one
// of them. Swapping it is one rename(2) of a new symlink over the old: atomic, so a visitor's
// request sees either the old release or the new one, never a mix.

export interface ReleaseInfo {
  id: string
  builtAt: string
  durationMs: number
  pages: number
  /** Of the site's code and settings: a release may be built on only when this matches. */
  fingerprint: string
  /** Built on the previous release, rendering only changed pages. */
  incremental: boolean
}

const infoFile = (releaseDir: string) => path.join(releaseDir, RELEASE_INFO)

export class Releases {
  readonly dir: string
  readonly releasesDir: string
  readonly live: string
  private readonly keep: number
  private readonly retiring = new Set<string>()

  constructor(dir: string, keep: number) {
    this.dir = dir
    this.keep = keep
    this.releasesDir = path.join(dir, 'releases')
    this.live = path.join(dir, 'live')
    mkdirSync(this.releasesDir, { recursive: true })
  }

  // A new, empty folder for the next build.
  create(): { id: string; dir: string } {
    const id = new Date().toISOString().replace(/[:.]/g, '-')
    const dir = this.path(id)
    mkdirSync(dir, { recursive: true })
    return { id, dir }
  }

  path(id: string): string {
    return path.join(this.releasesDir, id)
  }

  list(): string[] {
    return readdirSync(this.releasesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(infoFile(this.path(entry.name))))
      .map((entry) => entry.name)
      .sort()
  }

  liveId(): string | undefined {
    try {
      return path.basename(readlinkSync(this.live))
    } catch {
      return undefined
    }
  }

  info(id: string): ReleaseInfo | undefined {
    try {
      return JSON.parse(readFileSync(infoFile(this.path(id)), 'utf8')) as ReleaseInfo
    } catch {
      return undefined
    }
  }

  // Marks a checked build as a release and makes it live.
  publish(info: ReleaseInfo): void {
    mkdirSync(path.join(this.path(info.id), META_DIR), { recursive: true })
    writeFileSync(infoFile(this.path(info.id)), JSON.stringify(info, null, 2))
    this.point(info.id)
    this.prune()
  }

  point(id: string): void {
    const next = `${this.live}.next-${process.pid}`
    rmSync(next, { force: true })
    symlinkSync(path.join('releases', id), next)
    renameSync(next, this.live)
  }

  // In the background: removing a release's thousands of files must not hold up the server.
  discard(id: string): void {
    rm(this.path(id), { recursive: true, force: true }).catch((error: Error) =>
      console.error(`[site] could not remove release ${id}: ${error.message}`),
    )
  }

  // For a release about to be replaced by an equivalent one (the same pages with a fresh search
  // index): no longer a release, so rollback skips it, but requests that began on it may still be
  // reading its files, so its folder goes a minute later.
  retire(id: string): void {
    this.retiring.add(id)
    rmSync(infoFile(this.path(id)), { force: true })
    setTimeout(() => {
      this.retiring.delete(id)
      this.discard(id)
    }, 60_000).unref()
  }

  // Back to the release before the live one. Returns it, or undefined when there is none.
  rollback(): string | undefined {
    const all = this.list()
    const current = all.indexOf(this.liveId() ?? '')
    const previous = current > 0 ? all[current - 1] : undefined
    if (previous) this.point(previous)
    return previous
  }

  // Keeps the newest few and the live one; also clears folders of builds that never finished.
  private prune(): void {
    const live = this.liveId()
    const complete = this.list()
    const old = complete.slice(0, Math.max(0, complete.length - this.keep)).filter((id) => id !== live)
    const unfinished = readdirSync(this.releasesDir).filter((id) => !complete.includes(id) && !this.retiring.has(id))
    for (const id of [...old, ...unfinished]) this.discard(id)
  }
}
