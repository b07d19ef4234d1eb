import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

export interface BuildProgress {
  phase: 'starting' | 'fetching content' | 'bundling' | 'rendering pages' | 'indexing search' | 'checking'
  pages: number
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
  [/\[vigil-search-index\]/, 'indexing search'],
]
const PAGE_LINE = /[├└]─ \//

// One `astro build` into outDir, reporting its phase and pages as it goes. Rejects with the
// output's last lines when Astro fails.
export function buildRelease(
  siteDir: string,
  outDir: string,
  env: NodeJS.ProcessEnv,
  onProgress: (progress: BuildProgress) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', ['exec', 'astro', 'build'], {
      cwd: siteDir,
      env: { ...env, SITE_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const tail: string[] = []
    const progress: BuildProgress = { phase: 'starting', pages: 0 }
    const read = (line: string) => {
      tail.push(line)
      if (tail.length > 30) tail.shift()
      const phase = PHASES.find(([pattern]) => pattern.test(line))?.[1]
      if (phase) progress.phase = phase
      if (PAGE_LINE.test(line)) progress.pages++
      if (phase || PAGE_LINE.test(line)) onProgress({ ...progress })
    }
    createInterface({ input: child.stdout }).on('line', read)
    createInterface({ input: child.stderr }).on('line', read)
    child.on('error', (error) => reject(new BuildError(`could not run astro: ${error.message}`, tail)))
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(progress.pages)
      else reject(new BuildError(`astro build exited with ${signal ?? `code ${code}`}`, tail.filter(Boolean)))
    })
  })
}
