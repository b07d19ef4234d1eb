// The site as the tools run it: the live site with its rebuild server (`pnpm run serve` in site/),
// waiting for a release to go live, and one `astro build`. No site code is imported: the caller
// hands in how the rebuild server's status is read (readBuildStatus in @vigil/site/build-status).
import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { BuildStatus } from '@vigil/shared'
import { inheritedEnv } from './env.ts'
import { siteDir } from './paths.ts'
import { freePort } from './ports.ts'
import { runForOutput, startService, stopService } from './processes.ts'

export type ReadStatus = () => Promise<BuildStatus | undefined>

export interface WaitForLiveOptions {
  /** The site server: its exit ends the wait. */
  child?: ChildProcess
  /** Default 5 minutes. */
  timeoutMs?: number
  /** Told the build's phase whenever it changes ("rendering pages: 120 pages"). */
  onProgress?: (line: string) => void
}

// Resolves with the status once a release is live and no build runs: the build went live, or it
// failed while an earlier release keeps serving (the status says which). Rejects when a build
// fails with nothing live, when the site server exits, or when the time runs out.
export async function waitForLive(
  status: ReadStatus,
  { child, timeoutMs = 300_000, onProgress }: WaitForLiveOptions = {},
): Promise<BuildStatus> {
  const deadline = Date.now() + timeoutMs
  let shown = ''
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the site server exited with code ${child.exitCode}`)
    const now = await status()
    if (now?.live && now.state !== 'building') return now
    if (now?.state === 'failed') {
      throw new Error(
        `the first build failed: ${now.lastFailure?.error}\n  ${now.lastFailure?.tail.join('\n  ') ?? ''}`,
      )
    }
    const building = now?.building
    const line = building ? `${building.phase}${building.pages ? `: ${building.pages} pages` : ''}` : ''
    if (line && line !== shown) onProgress?.((shown = line))
    await sleep(300)
  }
  throw new Error(`the site was not built within ${timeoutMs / 60_000} minutes`)
}

// The live site and its rebuild server, in their own process group. The server builds once as it
// starts; this resolves when that build is live (see waitForLive), and stops the server otherwise.
export async function startSiteServer(
  env: NodeJS.ProcessEnv,
  status: ReadStatus,
  options: Omit<WaitForLiveOptions, 'child'> = {},
): Promise<{ server: ChildProcess; live: BuildStatus }> {
  const server = startService('pnpm', ['run', '--silent', 'serve'], {
    cwd: siteDir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  try {
    return { server, live: await waitForLive(status, { ...options, child: server }) }
  } catch (error) {
    stopService(server)
    throw error
  }
}

// One `astro build` of the site with these settings (CMS_URL, SITE_OUT_DIR, SITE_CACHE_DIR, …);
// resolves with its output, rejects with all of it.
export const astroBuild = (settings: Record<string, string>): Promise<string> =>
  runForOutput('astro build', 'pnpm', ['exec', 'astro', 'build'], { cwd: siteDir, env: inheritedEnv(settings) })

/** Where a throwaway publishing path answers: the live site, the rebuild server's notice address. */
export interface PublishingAddresses {
  siteUrl: string
  rebuildUrl: string
  webhookSecret: string
}

// Free loopback ports for the live site and the rebuild server, and a fresh secret between the
// CMS and the rebuild server: for tests and benchmarks that run the whole publishing path.
export async function freePublishingAddresses(): Promise<PublishingAddresses> {
  const [sitePort, rebuildPort] = [await freePort(), await freePort()]
  return {
    siteUrl: `http://127.0.0.1:${sitePort}`,
    rebuildUrl: `http://127.0.0.1:${rebuildPort}/hooks/rebuild`,
    webhookSecret: randomBytes(32).toString('hex'),
  }
}

/** The CMS's settings that send its notices to these addresses. */
export const cmsPublishingEnv = ({ siteUrl, rebuildUrl, webhookSecret }: PublishingAddresses) => ({
  SITE_URL: siteUrl,
  REBUILD_WEBHOOK_URL: rebuildUrl,
  WEBHOOK_SECRET: webhookSecret,
})

/** The site server's settings for a throwaway publishing path, its releases and cache under `work`. */
export const throwawaySiteEnv = (cmsUrl: string, addresses: PublishingAddresses, work: string) => ({
  CMS_URL: cmsUrl,
  ...cmsPublishingEnv(addresses),
  SITE_RELEASES_DIR: path.join(work, 'releases'),
  SITE_CACHE_DIR: path.join(work, 'cache'),
  SITE_OUT_DIR: path.join(work, 'unused'),
})
