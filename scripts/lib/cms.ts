import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fingerprint } from '@vigil/site/fingerprint'
import { seed } from '@vigil/tools/cms'
import { inheritedEnv } from '@vigil/tools/env'
import { fail, say, seconds } from '@vigil/tools/log'
import { cmsDir, root } from '@vigil/tools/paths'
import { CommandFailed, runToEnd } from '@vigil/tools/processes'

// Kept here rather than in @vigil/tools: whether a build is current is decided by the site's
// fingerprint, and the tools import no site code.
const BUILD_INPUTS = ['src', 'next.config.ts', 'package.json', 'tsconfig.json']
const stampFile = path.join(cmsDir, '.next', 'vigil-build-stamp')

function buildFingerprint() {
  const lock = path.join(root, 'pnpm-lock.yaml')
  return (
    fingerprint(cmsDir, BUILD_INPUTS) + (existsSync(lock) ? fingerprint(root, ['pnpm-lock.yaml', 'shared/src']) : '')
  )
}

// A step nothing can go on without: its failure ends the run with one line saying which.
const must = (label: string, step: Promise<void>) =>
  step.catch((error: Error) =>
    fail(
      `${label} failed (${error instanceof CommandFailed ? `exit code ${error.code}` : error.message}); see the output above.`,
    ),
  )

// `next build` only when the CMS's sources changed since the last one.
export async function ensureCmsBuild(env: NodeJS.ProcessEnv): Promise<void> {
  const wanted = buildFingerprint()
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) {
    say('CMS build is current; skipping next build.')
    return
  }
  const started = performance.now()
  say('Building the CMS (next build, about a minute on two cores)…')
  await must('Building the CMS', runToEnd('pnpm', ['run', 'build'], { env, cwd: cmsDir }))
  writeFileSync(stampFile, wanted)
  say(`CMS built in ${seconds(started)}.`)
}

// Runs the seed against a running CMS's database (its env) with extra settings, progress shown;
// quietly, with no rebuild notices and no job runner of its own.
async function seedMore(cmsEnv: Record<string, string>, settings: Record<string, string>, what: string) {
  await seed(inheritedEnv({ ...cmsEnv, JOBS_AUTORUN: 'false', ...settings })).catch(() =>
    fail(`Seeding ${what} failed.`),
  )
}

// Adds `posts` synthetic posts, for benchmarks that need a large archive.
export async function addSyntheticArchive(cmsEnv: Record<string, string>, posts: number): Promise<void> {
  say(`Adding a synthetic archive of ${posts} posts (progress every 250)…`)
  await seedMore(cmsEnv, { SEED_SYNTHETIC_POSTS: String(posts) }, 'the synthetic archive')
}

// Publishes the synthetic archive in another language too, for builds in two languages against one.
export async function addSyntheticLanguage(cmsEnv: Record<string, string>, locale: string): Promise<void> {
  say(`Translating the synthetic archive into ${locale} (progress every 250)…`)
  await seedMore(cmsEnv, { SEED_SYNTHETIC_LANGUAGES: locale }, `the synthetic archive in ${locale}`)
}

// Signs the open demo action `signatures` times, for benchmarks of a viral petition.
export async function addSyntheticSignatures(cmsEnv: Record<string, string>, signatures: number): Promise<void> {
  say(`Adding ${signatures} synthetic signatures to the open demo action (progress every 50,000)…`)
  await seedMore(cmsEnv, { SEED_SYNTHETIC_SIGNATURES: String(signatures) }, 'synthetic signatures')
}

// The demo content, idempotently, into the configured database. Returns the admin login when
// seeding created the first admin with a generated password, without printing it: the caller shows
// it once, at the end, and nowhere else.
export async function seedCms(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  say('Preparing the database and demo content…')
  let adminLogin: string | undefined
  await must(
    'Seeding demo content',
    seed(env, {
      onLine: (line) => {
        const match = /ADMIN LOGIN[^:]*: (.+)$/.exec(line)
        if (!match) return true
        adminLogin = match[1]
        return false
      },
    }),
  )
  return adminLogin
}
