import path from 'node:path'
import { readBuildStatus } from '@vigil/site/build-status'
import { say, seconds } from './log.ts'
import { root } from './paths.ts'
import { startService, stopService } from './processes.ts'

const siteDir = path.join(root, 'site')

// The live site and the rebuild server (site/server/main.ts). It builds once as it starts; this
// waits for that build to go live, showing its progress.
export async function startSiteServer(env: NodeJS.ProcessEnv, rebuildOrigin: string) {
  const started = performance.now()
  const child = startService('pnpm', ['run', '--silent', 'serve'], {
    cwd: siteDir,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  child.stdout?.resume()
  try {
    return await waitUntilLive(child, rebuildOrigin, env.WEBHOOK_SECRET, started)
  } catch (error) {
    stopService(child)
    throw error
  }
}

async function waitUntilLive(
  child: ReturnType<typeof startService>,
  rebuildOrigin: string,
  secret: string | undefined,
  started: number,
) {
  say('Building the site from the CMS into a new release (astro build)…')
  const deadline = Date.now() + 300_000
  let shown = ''
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the site server exited with code ${child.exitCode}`)
    const status = await readBuildStatus(rebuildOrigin, secret)
    if (status?.live && status.state === 'idle') {
      say(`Site built and live in ${seconds(started)} (release ${status.live.release}).`)
      return child
    }
    if (status?.state === 'failed') {
      const tail = status.lastFailure?.tail.join('\n  ') ?? ''
      if (status.live) {
        say(`The start-up build failed; the previous release keeps serving: ${status.lastFailure?.error}\n  ${tail}`)
        return child
      }
      throw new Error(`the first build failed: ${status.lastFailure?.error}\n  ${tail}`)
    }
    const building = status?.building
    const line = building ? `  ${building.phase}${building.pages ? `: ${building.pages} pages` : ''}` : ''
    if (line && line !== shown) say((shown = line))
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error('the site was not built within 5 minutes')
}
