import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PEOPLE, startThrowawayCms } from '@vigil/cms/testing'
import { apiToken, runPayloadScript } from '@vigil/tools/cms'
import { freePort } from '@vigil/tools/ports'
import { astroBuild } from '@vigil/tools/site'
import type { TestProject } from 'vitest/node'
import { createStaticServer } from '../../server/staticServer'
import { HOSTILE, hostileBody } from './hostilePost'

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

// One action in each state the site can show, each with a post that calls readers to it: the
// rule must agree everywhere an action appears (its page, the actions list, post cards, boxes).
export const TIMED = {
  upcoming: { slug: 'opens-next-year', post: 'dispatch-before-opening' },
  pastClosing: { slug: 'closing-time-passed', post: 'dispatch-after-closing' },
} as const

async function publishTimedActions(cmsUrl: string) {
  const token = await apiToken(cmsUrl, PEOPLE.editor)
  const create = async (collection: string, data: Record<string, unknown>) => {
    const response = await fetch(`${cmsUrl}/api/${collection}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ ...data, _status: 'published' }),
    })
    if (response.status !== 201) throw new Error(`Could not create ${collection}: ${await response.text()}`)
    return ((await response.json()) as { doc: { id: number } }).doc
  }
  const day = 24 * 60 * 60 * 1000
  const times = {
    upcoming: { opensAt: new Date(Date.now() + 365 * day).toISOString() },
    // Saved while open, as if its closing time passed since: the status still says open.
    pastClosing: { closesAt: new Date(Date.now() - day).toISOString() },
  }
  // Old enough to stay off the home page that other tests read.
  let published = Date.parse('2015-02-01T00:00:00.000Z')
  for (const [state, { slug, post }] of Object.entries(TIMED)) {
    const action = await create('actions', {
      title: `Action ${slug}`,
      slug,
      status: 'open',
      summary: `An action that is ${state}.`,
      targets: 'the council',
      goal: 100,
      consent: { text: 'Send me updates.' },
      ...times[state as keyof typeof times],
    })
    await create('posts', {
      title: `Dispatch ${post}`,
      slug: post,
      relatedAction: action.id,
      publishedAt: new Date((published += day)).toISOString(),
    })
  }
}

// The CMS with demo content plus a hostile post, and one real `astro build` of the site from it.
export default async function setup(project: TestProject) {
  // The CMS accepts signatures from the origin the built site is served on in these tests.
  const sitePort = await freePort()
  const servedAt = `http://127.0.0.1:${sitePort}`
  // Every browser here signs from 127.0.0.1, one visitor to the CMS, and the suite signs a dozen
  // times a minute: at the product's limit (10 a minute) whichever file came later would be refused,
  // depending on the order the files run in. The limit itself is tested in the CMS's signing tests.
  const cms = await startThrowawayCms({ SITE_URL: servedAt, SIGN_RATE_LIMIT: '100' })
  try {
    await publishHostilePost(cms.url)
    await publishTimedActions(cms.url)
    await runPayloadScript(cms.env, 'tests/e2e/fixtures/storeHostileLinks.ts', [HOSTILE.slug])
    // Asking for the count aggregates it now, so the build bakes in the signature made at start.
    await fetch(`${cms.url}/api/actions/stop-the-attacks-on-eastern-ghouta/count`)
    const work = mkdtempSync(path.join(os.tmpdir(), 'vigil-site-'))
    const outDir = path.join(work, 'dist')
    const buildLog = await astroBuild({
      CMS_URL: cms.url,
      SITE_URL,
      SITE_OUT_DIR: outDir,
      SITE_CACHE_DIR: path.join(work, 'cache'),
    })
    project.provide('cmsUrl', cms.url)
    project.provide('outDir', outDir)
    project.provide('buildLog', buildLog)
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
