import path from 'node:path'
import { say, seconds } from './log.ts'
import { root } from './paths.ts'
import { mustRun, startService, waitForHttp } from './processes.ts'

const siteDir = path.join(root, 'site')

// One full `astro build` of the static site from the running CMS.
export async function buildSite(env: NodeJS.ProcessEnv): Promise<void> {
  const started = performance.now()
  say('Building the site from the CMS (astro build)…')
  await mustRun('Building the site', 'pnpm', ['exec', 'astro', 'build'], {
    cwd: siteDir,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
  })
  say(`Site built in ${seconds(started)}.`)
}

// Serves the built site on SITE_URL's port; the rebuild server takes this over when it arrives.
export async function serveSite(env: NodeJS.ProcessEnv, port: number) {
  const child = startService('pnpm', ['run', '--silent', 'serve'], {
    cwd: siteDir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await waitForHttp(`http://127.0.0.1:${port}/`, 30_000, child)
  return child
}
