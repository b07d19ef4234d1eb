import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { stripVTControlCharacters } from 'node:util'

export interface BuildProgress {
  phase:
    | 'starting'
    | 'fetching content'
    | 'bundling'
    | 'rendering pages'
    | 'carrying over unchanged pages'
    | 'indexing search'
    | 'checking'
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

// One `astro build` into outDir, reporting its phase and pages as it goes. Rejects with the
// output's last lines when Astro fails. Given SITE_PREVIOUS_RELEASE in env, it builds on that.
export function buildRelease(
  siteDir: string,
  outDir: string,
  env: NodeJS.ProcessEnv,
  onProgress: (progress: BuildProgress) => void,
): Promise<BuildProgress> {
  return new Promise((resolve, reject) => {
    // Node straight on Astro's CLI: `pnpm exec` would add its own start-up to every publish.
    const astro = path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs')
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: siteDir,
      env: { ...withoutColour(env), SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
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
    createInterface({ input: child.stdout }).on('line', read)
    createInterface({ input: child.stderr }).on('line', read)
    child.on('error', (error) => reject(new BuildError(`could not run astro: ${error.message}`, tail)))
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(progress)
      else reject(new BuildError(`astro build exited with ${signal ?? `code ${code}`}`, tail.filter(Boolean)))
    })
  })
}
