import { type ChildProcess, fork } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { stripVTControlCharacters } from 'node:util'
import { type BuildProgress, isBuildMessage } from '@vigil/shared'

export class BuildError extends Error {
  readonly tail: string[]

  constructor(message: string, tail: string[]) {
    super(message)
    this.tail = tail
  }
}

// Any FORCE_COLOR, even 0, turns colour on in Astro's logger; the output is shown as plain text.
const withoutColour = ({ FORCE_COLOR: _, ...env }: NodeJS.ProcessEnv) => env
// The output's last lines: what a failed build shows of itself.
const TAIL_LINES = 30

// Runs `astro build`s one after another, each in a fresh process (buildProcess.ts) started ahead
// of time, and reports each one's phase and pages as it goes: the site's integrations send them
// over the IPC channel this opens (src/integrations/buildProgress.ts).
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
    const progress: BuildProgress = { phase: 'starting', pages: 0, incremental: false }
    child.on('message', (message) => {
      if (!isBuildMessage(message)) return
      if (message.vigilBuild === 'phase') progress.phase = message.phase
      else if (message.vigilBuild === 'page') progress.pages++
      else progress.incremental = true
      onProgress({ ...progress })
    })
    const tail: string[] = []
    const keep = (line: string) => {
      tail.push(stripVTControlCharacters(line))
      if (tail.length > TAIL_LINES) tail.shift()
    }
    createInterface({ input: child.stdout! }).on('line', keep)
    createInterface({ input: child.stderr! }).on('line', keep)
    child.on('error', (error) => reject(new BuildError(`could not run astro: ${error.message}`, tail)))
    child.on('exit', (code, signal) => {
      const end = () => {
        if (code === 0) resolve(progress)
        else reject(new BuildError(`astro build exited with ${signal ?? `code ${code}`}`, tail.filter(Boolean)))
      }
      // Messages sent just before the end may still be on their way: the channel closes after them.
      if (child.connected) child.once('disconnect', end)
      else end()
    })
  })
}
