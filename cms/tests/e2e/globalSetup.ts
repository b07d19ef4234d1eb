import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { throwawayDatabaseUrl } from '../helpers/throwawayDatabaseUrl'
import { PEOPLE } from './fixtures/people'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    cmsEnv: Record<string, string>
  }
}

function freePort(): Promise<number> {
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
    const child = spawn('pnpm', args, { cwd: cmsDir, env, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`pnpm ${args.join(' ')} exited with ${code}`)),
    )
  })
}

async function waitUntilUp(url: string, child: ChildProcess) {
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the CMS exited with code ${child.exitCode}`)
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`the CMS did not answer at ${url} within 90 s`)
}

// Starts the built CMS on a fresh SQLite file and a free port; stops it by process group afterwards.
export default async function setup(project: TestProject) {
  if (!existsSync(path.join(cmsDir, '.next', 'BUILD_ID'))) {
    throw new Error('The CMS is not built: run `npm test` (it builds first) or `pnpm --dir cms build`.')
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vigil-e2e-'))
  const port = await freePort()
  const cmsUrl = `http://localhost:${port}`
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: throwawayDatabaseUrl(dir),
    MEDIA_DIR: path.join(dir, 'media'),
    CMS_URL: cmsUrl,
    ADMIN_EMAIL: PEOPLE.admin.email,
    ADMIN_PASSWORD: PEOPLE.admin.password,
  } as NodeJS.ProcessEnv

  await runToEnd(['run', '--silent', 'seed'], env)
  await runToEnd(['exec', 'payload', 'run', 'tests/e2e/fixtures/addPeople.ts'], env)

  const cms = spawn('pnpm', ['run', '--silent', 'start', '-p', String(port)], {
    cwd: cmsDir,
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  try {
    await waitUntilUp(`${cmsUrl}/api/globals/site`, cms)
  } catch (error) {
    if (cms.pid) process.kill(-cms.pid, 'SIGTERM')
    throw error
  }
  project.provide('cmsUrl', cmsUrl)
  // Lets a test run a `payload run` script against the same database while the server is up.
  project.provide('cmsEnv', { DATABASE_URL: env.DATABASE_URL!, MEDIA_DIR: env.MEDIA_DIR!, NODE_ENV: 'production' })

  return () => {
    if (cms.pid && cms.exitCode === null) process.kill(-cms.pid, 'SIGTERM')
    rmSync(dir, { recursive: true, force: true })
  }
}
