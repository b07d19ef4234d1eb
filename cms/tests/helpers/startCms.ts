import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PEOPLE, SIGNER } from '../e2e/fixtures/people'
import { throwawayDatabaseUrl } from './throwawayDatabaseUrl'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface RunningCms {
  url: string
  /** The server's process group, for tests that stop the CMS on purpose. */
  pid: number
  /** What a `payload run` script needs to reach the same database while the server runs. */
  env: Record<string, string>
  stop: () => void
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function runToEnd(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', args, { cwd: cmsDir, env, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`pnpm ${args.join(' ')} exited with ${code}`)),
    )
  })
}

async function waitUntilUp(url: string, child: ChildProcess) {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the CMS exited with code ${child.exitCode}`)
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`the CMS did not answer at ${url} within 90 s`)
}

// SIGNER signs the open demo action the way a visitor does, so privacy tests look for real data.
async function signAsVisitor(url: string) {
  const response = await fetch(`${url}/api/actions/stop-the-attacks-on-eastern-ghouta/sign`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.1' },
    body: JSON.stringify({ ...SIGNER, country: 'CA', postalCode: 'H2X 1Y4', consentToUpdates: true }),
  })
  if (response.status !== 201) throw new Error(`signing as a visitor answered ${response.status}`)
}

// The production build of the CMS on a fresh database and a free port, seeded with the demo content
// and the test accounts; stopped by process group.
export async function startThrowawayCms(overrides: Record<string, string> = {}): Promise<RunningCms> {
  if (!existsSync(path.join(cmsDir, '.next', 'BUILD_ID'))) {
    throw new Error('The CMS is not built: run `npm test` (it builds first) or `pnpm --dir cms build`.')
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vigil-cms-'))
  const port = await freePort()
  const url = `http://localhost:${port}`
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: throwawayDatabaseUrl(dir),
    MEDIA_DIR: path.join(dir, 'media'),
    CMS_URL: url,
    ADMIN_EMAIL: PEOPLE.admin.email,
    ADMIN_PASSWORD: PEOPLE.admin.password,
    // As if behind one proxy: tests speak for different visitors through X-Forwarded-For.
    TRUSTED_PROXY_HOPS: '1',
    ...overrides,
  } as NodeJS.ProcessEnv

  await runToEnd(['run', '--silent', 'seed'], env)
  await runToEnd(['exec', 'payload', 'run', 'tests/e2e/fixtures/addPeople.ts'], env)

  const server = spawn('pnpm', ['run', '--silent', 'start', '-p', String(port)], {
    cwd: cmsDir,
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const stop = () => {
    try {
      if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM')
    } catch {
      // Already stopped (a test may stop it on purpose).
    }
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitUntilUp(`${url}/api/globals/site`, server)
    await signAsVisitor(url)
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
// Runs a `payload run` script (path relative to cms/) against a running CMS's database.
export const runPayloadScript = (cms: RunningCms, script: string, args: string[] = []) =>
  runToEnd(['exec', 'payload', 'run', script, ...args], { ...process.env, ...cms.env, JOBS_AUTORUN: 'false' })

export { HOSTILE_LINKS } from '../e2e/fixtures/hostileLinks'
export { PEOPLE, SIGNER } from '../e2e/fixtures/people'
export { CHROMIUM_FLAGS, CHROMIUM_PATH, launchChromium, screenshotOnFailure } from './browser'
export { apiToken, signInToAdmin } from './signIn'
