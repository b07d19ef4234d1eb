// The CMS as the tools run it: seeding, `payload run` scripts, the production server (for
// `npm start`, or on a throwaway database for tests and benchmarks), and signing in to its API.
// Everything goes through cms/'s package scripts; no CMS code is imported.
import type { ChildProcess, StdioOptions } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { inheritedEnv, throwawayDatabaseUrl } from './env.ts'
import { cmsDir } from './paths.ts'
import { freePort } from './ports.ts'
import { type RunOptions, runToEnd, startService, stopService, waitForHttp } from './processes.ts'

export interface Account {
  email: string
  password: string
}

export interface RunningCms {
  url: string
  /** The server's process group, for tests that stop the CMS on purpose and for memory sampling. */
  pid: number
  /** What a `payload run` script (or the seed) needs to reach the same database while the server runs. */
  env: Record<string, string>
  stop: () => void
}

export interface ThrowawayCmsOptions {
  /** Settings over the throwaway ones: SITE_URL, rate limits, where rebuild notices go, … */
  env?: Record<string, string>
  /** The first admin, created by the seed; without one it gets a generated password no one sees. */
  admin?: Account
  /** `payload run` scripts (paths relative to cms/) run after the seed and before the server starts. */
  setupScripts?: string[]
}

// Quiet children: their errors still reach the terminal.
const QUIET: StdioOptions = ['ignore', 'ignore', 'inherit']

// Migrations run on the production database as Payload starts; then the demo content, idempotently.
// With SEED_SYNTHETIC_* settings in `env` it adds benchmark data instead.
export function seed(env: NodeJS.ProcessEnv, options: RunOptions = {}): Promise<void> {
  return runToEnd('pnpm', ['run', '--silent', 'seed'], {
    cwd: cmsDir,
    ...options,
    env: { ...env, NODE_ENV: 'production' },
  })
}

const payloadRun = (env: NodeJS.ProcessEnv, script: string, args: string[]) =>
  runToEnd('pnpm', ['exec', 'payload', 'run', script, ...args], { cwd: cmsDir, env, stdio: QUIET })

// Runs a `payload run` script (path relative to cms/) against a running CMS's database (its `env`),
// without a job runner of its own: jobs stay the server's.
export const runPayloadScript = (cmsEnv: Record<string, string>, script: string, args: string[] = []) =>
  payloadRun(inheritedEnv({ ...cmsEnv, JOBS_AUTORUN: 'false' }), script, args)

// The production build served on `port`, in its own process group; resolves once its API answers.
export async function startCms(
  env: NodeJS.ProcessEnv,
  port: number,
  { stdio = 'inherit' }: { stdio?: StdioOptions } = {},
): Promise<ChildProcess> {
  const server = startService('pnpm', ['run', '--silent', 'start', '-p', String(port)], {
    cwd: cmsDir,
    env: { ...env, NODE_ENV: 'production' },
    stdio,
  })
  try {
    await waitForHttp(`http://127.0.0.1:${port}/api/globals/site`, 90_000, server)
  } catch (error) {
    stopService(server)
    throw error
  }
  return server
}

// The production build of the CMS on a fresh database and a free port, seeded with the demo
// content; stopping it stops its process group and deletes its database and media.
export async function startThrowawayCms({
  env: settings = {},
  admin,
  setupScripts = [],
}: ThrowawayCmsOptions = {}): Promise<RunningCms> {
  if (!existsSync(path.join(cmsDir, '.next', 'BUILD_ID'))) {
    throw new Error('The CMS is not built: run `npm test` (it builds first) or `pnpm --dir cms build`.')
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vigil-cms-'))
  const port = await freePort()
  const url = `http://localhost:${port}`
  const env = inheritedEnv({
    NODE_ENV: 'production',
    DATABASE_URL: throwawayDatabaseUrl(dir),
    MEDIA_DIR: path.join(dir, 'media'),
    CMS_URL: url,
    ...(admin ? { ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password } : {}),
    ...settings,
  })
  let server: ChildProcess | undefined
  const stop = () => {
    stopService(server)
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await seed(env, { stdio: QUIET })
    for (const script of setupScripts) await payloadRun(env, script, [])
    server = await startCms(env, port, { stdio: QUIET })
  } catch (error) {
    stop()
    throw error
  }
  return {
    url,
    pid: server.pid!,
    env: { DATABASE_URL: env.DATABASE_URL!, MEDIA_DIR: env.MEDIA_DIR!, NODE_ENV: 'production' },
    stop,
  }
}

// A token for calling the REST API as `account` (`Authorization: JWT <token>`).
export async function apiToken(cmsUrl: string, { email, password }: Account): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (response.status !== 200) throw new Error(`signing in as ${email} answered ${response.status}`)
  return ((await response.json()) as { token: string }).token
}
