import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fingerprint } from '@vigil/site/fingerprint'
import { fail, say, seconds } from './log.ts'
import { cmsDir, root } from './paths.ts'
import { mustRun, startService, waitForHttp } from './processes.ts'

const BUILD_INPUTS = ['src', 'next.config.ts', 'package.json', 'tsconfig.json']
const stampFile = path.join(cmsDir, '.next', 'vigil-build-stamp')

function buildFingerprint() {
  const lock = path.join(root, 'pnpm-lock.yaml')
  return (
    fingerprint(cmsDir, BUILD_INPUTS) + (existsSync(lock) ? fingerprint(root, ['pnpm-lock.yaml', 'shared/src']) : '')
  )
}

// `next build` only when the CMS's sources changed since the last one.
export async function ensureCmsBuild(env: NodeJS.ProcessEnv): Promise<void> {
  const wanted = buildFingerprint()
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) {
    say('CMS build is current; skipping next build.')
    return
  }
  const started = performance.now()
  say('Building the CMS (next build, about a minute on two cores)…')
  await mustRun('Building the CMS', 'pnpm', ['--dir', cmsDir, 'run', 'build'], { env, cwd: cmsDir })
  writeFileSync(stampFile, wanted)
  say(`CMS built in ${seconds(started)}.`)
}

// Runs the seed against a running CMS's database (its env) with extra settings, progress shown;
// quietly, with no rebuild notices and no job runner of its own.
function seedMore(cmsEnv: Record<string, string>, settings: Record<string, string>, what: string): void {
  const seed = spawnSync('pnpm', ['run', '--silent', 'seed'], {
    cwd: cmsDir,
    env: { ...process.env, ...cmsEnv, JOBS_AUTORUN: 'false', ...settings },
    stdio: 'inherit',
  })
  if (seed.status !== 0) fail(`Seeding ${what} failed.`)
}

// Adds `posts` synthetic posts, for benchmarks that need a large archive.
export function addSyntheticArchive(cmsEnv: Record<string, string>, posts: number): void {
  say(`Adding a synthetic archive of ${posts} posts (progress every 250)…`)
  seedMore(cmsEnv, { SEED_SYNTHETIC_POSTS: String(posts) }, 'the synthetic archive')
}

// Signs the open demo action `signatures` times, for benchmarks of a viral petition.
export function addSyntheticSignatures(cmsEnv: Record<string, string>, signatures: number): void {
  say(`Adding ${signatures} synthetic signatures to the open demo action (progress every 50,000)…`)
  seedMore(cmsEnv, { SEED_SYNTHETIC_SIGNATURES: String(signatures) }, 'synthetic signatures')
}

// Migrations run on the production database as Payload starts; then demo content, idempotently.
// Returns the admin login when seeding created the first admin with a generated password, without
// printing it: the caller shows it once, at the end, and nowhere else.
export async function seedCms(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  say('Preparing the database and demo content…')
  let adminLogin: string | undefined
  await mustRun('Seeding demo content', 'pnpm', ['--dir', cmsDir, 'run', '--silent', 'seed'], {
    env: { ...env, NODE_ENV: 'production' },
    cwd: cmsDir,
    onLine: (line) => {
      const match = /ADMIN LOGIN[^:]*: (.+)$/.exec(line)
      if (!match) return true
      adminLogin = match[1]
      return false
    },
  })
  return adminLogin
}

export async function startCms(env: NodeJS.ProcessEnv, port: number) {
  const child = startService('pnpm', ['--dir', cmsDir, 'run', '--silent', 'start', '-p', String(port)], {
    env: { ...env, NODE_ENV: 'production' },
    cwd: cmsDir,
  })
  await waitForHttp(`http://127.0.0.1:${port}/api/globals/site`, 90_000, child)
  return child
}
