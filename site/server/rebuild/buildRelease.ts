import { type ChildProcess, fork } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { stripVTControlCharacters } from 'node:util'
import type { BuildPhase } from '@vigil/shared'

export interface BuildProgress {
  phase: BuildPhase
  pages: number
  /** Rendering only changed pages, on the previous release. */
  incremental: boolean
}

export class BuildError extends Error {
  readonly tail: string[]

  constructor(message: string, tail: string[]) {
    super(message)
    this.tail = tail
  }
}

const PHASES: [RegExp, BuildProgress['phase']][] = [
  [/\[content\] Syncing content/, 'fetching content'],
  [/Building static entrypoints/, 'bundling'],
  [/generating static routes/, 'rendering pages'],
  [/\[vigil-incremental-release\] \d+ unchanged/, 'carrying over unchanged pages'],
  [/\[vigil-search-index\]/, 'indexing search'],
]
// Any FORCE_COLOR, even 0, turns colour on in Astro's logger; the lines are read as plain text.
const withoutColour = ({ FORCE_COLOR: _, ...env }: NodeJS.ProcessEnv) => env
const PAGE_LINE = /[├└]─ \//
const INCREMENTAL_LINE = /\[vigil-incremental-release\] rendering only pages changed/

// Runs `astro build`s one after another, each in a fresh process (buildProcess.ts) started ahead
// of time, and reports each one's phase and pages as it goes.
export class BuildRunner {
  private standby: ChildProcess | undefined
  private readonly siteDir: string
  private readonly env: NodeJS.ProcessEnv

  constructor(siteDir: string, env: NodeJS.ProcessEnv) {
    this.siteDir = siteDir
    this.env = { ...withoutColour(env), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }
  }

  // Starts the process for the next build, if none is waiting.
  warm(): void {
    if (this.standby?.connected) return
    this.standby = fork(path.join(import.meta.dirname, 'buildProcess.ts'), [], {
      cwd: this.siteDir,
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    // A standby that dies while waiting is replaced when the next build needs it.
    this.standby.on('error', () => undefined)
  }

  stop(): void {
    this.standby?.kill()
  }

  // One build into outDir (on `previousRelease`, if given). Rejects with the output's last lines
  // when Astro fails.
  async build(
    outDir: string,
    previousRelease: string | undefined,
    onProgress: (progress: BuildProgress) => void,
  ): Promise<BuildProgress> {
    this.warm()
    const child = this.standby!
    this.standby = undefined
    const done = watchBuild(child, onProgress)
    child.send({ env: { SITE_OUT_DIR: outDir, SITE_PREVIOUS_RELEASE: previousRelease } })
    // The next build's process starts once this one has finished, not competing with it.
    try {
      return await done
    } finally {
      this.warm()
    }
  }
}

function watchBuild(child: ChildProcess, onProgress: (progress: BuildProgress) => void): Promise<BuildProgress> {
  return new Promise((resolve, reject) => {
    const tail: string[] = []
    const progress: BuildProgress = { phase: 'starting', pages: 0, incremental: false }
    const read = (output: string) => {
      const line = stripVTControlCharacters(output)
      tail.push(line)
      if (tail.length > 30) tail.shift()
      const phase = PHASES.find(([pattern]) => pattern.test(line))?.[1]
      if (phase) progress.phase = phase
      if (PAGE_LINE.test(line)) progress.pages++
      if (INCREMENTAL_LINE.test(line)) progress.incremental = true
      if (phase || PAGE_LINE.test(line)) onProgress({ ...progress })
    }
    createInterface({ input: child.stdout! }).on('line', read)
    createInterface({ input: child.stderr! }).on('line', read)
    child.on('error', (error) => reject(new BuildError(`could not run astro: ${error.message}`, tail)))
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(progress)
      else reject(new BuildError(`astro build exited with ${signal ?? `code ${code}`}`, tail.filter(Boolean)))
    })
  })
}
