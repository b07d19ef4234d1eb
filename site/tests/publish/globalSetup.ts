import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startThrowawayCms } from '@vigil/cms/testing'
import { inheritedEnv } from '@vigil/tools/env'
import { stopService } from '@vigil/tools/processes'
import { cmsPublishingEnv, freePublishingAddresses, startSiteServer, throwawaySiteEnv } from '@vigil/tools/site'
import type { TestProject } from 'vitest/node'
import { readBuildStatus } from '../../server/rebuild/readStatus'

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

// The CMS on a throwaway database, sending signed notices to a rebuild server that serves the
// live release: the whole publishing path, as `npm start` runs it, on free ports.
export default async function setup(project: TestProject) {
  const addresses = await freePublishingAddresses()
  const { siteUrl, rebuildUrl, webhookSecret } = addresses
  const cms = await startThrowawayCms(cmsPublishingEnv(addresses))
  const work = mkdtempSync(path.join(os.tmpdir(), 'vigil-publish-'))
  const siteEnv = throwawaySiteEnv(cms.url, addresses, work)
  let site: ChildProcess | undefined
  const stop = () => {
    stopService(site)
    cms.stop()
    rmSync(work, { recursive: true, force: true })
  }
  try {
    // The first release must go live within 2 minutes.
    const started = await startSiteServer(inheritedEnv(siteEnv), () => readBuildStatus(rebuildUrl), {
      timeoutMs: 120_000,
    })
    site = started.server
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
