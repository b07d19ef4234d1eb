import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { apiToken, freePort, PEOPLE, startThrowawayCms } from '@vigil/cms/testing'
import type { TestProject } from 'vitest/node'
import { createStaticServer } from '../../server/staticServer'
import { HOSTILE, hostileBody } from './hostilePost'

const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const SITE_URL = 'http://localhost:4321'
export const DRAFT_SLUG = 'unpublished-draft'

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    outDir: string
    buildLog: string
    siteUrl: string
  }
}

async function publishHostilePost(cmsUrl: string) {
  const token = await apiToken(cmsUrl, PEOPLE.editor)
  const response = await fetch(`${cmsUrl}/api/posts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({
      title: HOSTILE.title,
      slug: HOSTILE.slug,
      excerpt: HOSTILE.excerpt,
      body: hostileBody,
      publishedAt: '2015-01-01T00:00:00.000Z',
      _status: 'published',
    }),
  })
  if (response.status !== 201)
    throw new Error(`Could not create the hostile post: ${response.status} ${await response.text()}`)
  const draft = await fetch(`${cmsUrl}/api/posts?draft=true`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ title: 'Unpublished draft', slug: DRAFT_SLUG, _status: 'draft' }),
  })
  if (draft.status !== 201) throw new Error(`Could not create the draft post: ${draft.status}`)
}

// The CMS with demo content plus a hostile post, and one real `astro build` of the site from it.
export default async function setup(project: TestProject) {
  // The CMS accepts signatures from the origin the built site is served on in these tests.
  const sitePort = await freePort()
  const servedAt = `http://127.0.0.1:${sitePort}`
  const cms = await startThrowawayCms({ SITE_URL: servedAt })
  try {
    await publishHostilePost(cms.url)
    // Asking for the count aggregates it now, so the build bakes in the signature made at start.
    await fetch(`${cms.url}/api/actions/stop-the-attacks-on-eastern-ghouta/count`)
    const work = mkdtempSync(path.join(os.tmpdir(), 'vigil-site-'))
    const outDir = path.join(work, 'dist')
    const build = spawnSync('pnpm', ['exec', 'astro', 'build'], {
      cwd: siteDir,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        CMS_URL: cms.url,
        SITE_URL,
        SITE_OUT_DIR: outDir,
        SITE_CACHE_DIR: path.join(work, 'cache'),
      },
    })
    if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`)
    project.provide('cmsUrl', cms.url)
    project.provide('outDir', outDir)
    project.provide('buildLog', build.stdout)
    const preview = await serveBuiltSite(outDir, sitePort)
    project.provide('siteUrl', preview.url)
    return () => {
      preview.stop()
      cms.stop()
    }
  } catch (error) {
    cms.stop()
    throw error
  }
}

// The built output served as a static host would, for the browser tests.
async function serveBuiltSite(outDir: string, port: number) {
  const server = createStaticServer(outDir)
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${port}`, stop: () => server.close() }
}
