import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort, startThrowawayCms } from '@vigil/cms/testing'
import type { TestProject } from 'vitest/node'
import { readBuildStatus } from '../../server/rebuild/readStatus'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    cmsPid: number
    siteUrl: string
    rebuildUrl: string
    webhookSecret: string
    siteEnv: Record<string, string>
  }
}

async function waitForLive(rebuildUrl: string, child: ChildProcess) {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the site server exited with ${child.exitCode}`)
    const status = await readBuildStatus(rebuildUrl)
    if (status?.live && status.state === 'idle') return
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error('the first release did not go live within 2 minutes')
}

// The CMS on a throwaway database, sending signed notices to a rebuild server that serves the
// live release: the whole publishing path, as `npm start` runs it, on free ports.
export default async function setup(project: TestProject) {
  const [sitePort, rebuildPort] = [await freePort(), await freePort()]
  const siteUrl = `http://127.0.0.1:${sitePort}`
  const rebuildUrl = `http://127.0.0.1:${rebuildPort}/hooks/rebuild`
  const webhookSecret = randomBytes(32).toString('hex')
  const cms = await startThrowawayCms({
    SITE_URL: siteUrl,
    REBUILD_WEBHOOK_URL: rebuildUrl,
    WEBHOOK_SECRET: webhookSecret,
  })
  const work = mkdtempSync(path.join(os.tmpdir(), 'vigil-publish-'))
  const siteEnv = {
    CMS_URL: cms.url,
    SITE_URL: siteUrl,
    REBUILD_WEBHOOK_URL: rebuildUrl,
    WEBHOOK_SECRET: webhookSecret,
    SITE_RELEASES_DIR: path.join(work, 'releases'),
    SITE_CACHE_DIR: path.join(work, 'cache'),
    SITE_OUT_DIR: path.join(work, 'unused'),
  }
  const site = spawn('node', ['server/main.ts'], {
    cwd: siteDir,
    env: { ...process.env, ...siteEnv },
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const stop = () => {
    if (site.pid && site.exitCode === null) process.kill(-site.pid, 'SIGTERM')
    cms.stop()
    rmSync(work, { recursive: true, force: true })
  }
  try {
    await waitForLive(rebuildUrl, site)
  } catch (error) {
    stop()
    throw error
  }
  project.provide('cmsUrl', cms.url)
  project.provide('cmsPid', cms.pid)
  project.provide('siteUrl', siteUrl)
  project.provide('rebuildUrl', rebuildUrl)
  project.provide('webhookSecret', webhookSecret)
  project.provide('siteEnv', siteEnv)
  return stop
}
