// `npm run bench:publish`: publish-to-live latency, from the save request to the new page being
// served by the live site, at demo size and with a large archive, for a new English post and for
// an edit published in French only; in the same run, the cold full build time of that archive. Loopback only; everything it starts, it stops.
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readBuildStatus } from '@vigil/site/build-status'
import { startThrowawayCms } from '@vigil/tools/cms'
import { childEnv, inheritedEnv } from '@vigil/tools/env'
import { fail, say } from '@vigil/tools/log'
import { stopService } from '@vigil/tools/processes'
import { astroBuild, cmsPublishingEnv, freePublishingAddresses, throwawaySiteEnv, waitForLive } from '@vigil/tools/site'
import { BENCH_ADMIN, tokenWithRole } from './lib/benchAccounts.ts'
import { median } from './lib/benchFigures.ts'
import { addSyntheticArchive, ensureCmsBuild } from './lib/cms.ts'
import { startSiteServer } from './lib/site.ts'

const postsFlag = process.argv.indexOf('--posts')
const POSTS = postsFlag > -1 ? Number(process.argv[postsFlag + 1]) : 5000
if (!Number.isInteger(POSTS) || POSTS < 1)
  fail('--posts needs a whole number, e.g. npm run bench:publish -- --posts 5000')
const TRIALS = 3
const work = mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-publish-'))

await ensureCmsBuild(childEnv())
const addresses = await freePublishingAddresses()
const { siteUrl, rebuildUrl, webhookSecret: secret } = addresses
say('Starting the production CMS on a throwaway database…')
const cms = await startThrowawayCms({ env: cmsPublishingEnv(addresses), admin: BENCH_ADMIN })
const siteEnv = throwawaySiteEnv(cms.url, addresses, work)
let site: ChildProcess | undefined
const stop = () => {
  stopService(site)
  cms.stop()
}
process.on('exit', stop)

// No build running and a release live, before each publish is timed.
const settled = () =>
  waitForLive(() => readBuildStatus(rebuildUrl, secret), { child: site }).catch((error: Error) =>
    fail(`The live site did not settle: ${error.message}`),
  )

// Publishing as an editor does.
const token = await tokenWithRole(cms.url, 'editor')

// One save, timed from just before its request until the live site shows it: `save` sends the
// request and gives back the check that the change is live.
async function timeToLive(what: string, save: () => Promise<() => Promise<boolean>>): Promise<number> {
  await settled()
  const started = performance.now()
  const isLive = await save()
  while (!(await isLive())) {
    if (performance.now() - started > 300_000) fail(`The ${what} did not go live within 5 minutes.`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const seconds = (performance.now() - started) / 1000
  say(`  ${what}: live after ${seconds.toFixed(1)} s`)
  return seconds
}

const asEditor = (method: string, body: object) => ({
  method,
  headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
  body: JSON.stringify(body),
})

// A new post, published.
const publishToLive = (label: string, n: number) =>
  timeToLive(`${label}, publish ${n}`, async () => {
    const slug = `bench-publish-${Date.now()}-${n}`
    const body = { title: `Benchmark dispatch ${n}`, slug, _status: 'published' }
    const response = await fetch(`${cms.url}/api/posts`, asEditor('POST', body))
    if (response.status !== 201) fail(`Publishing failed: ${response.status}`)
    return async () => (await fetch(`${siteUrl}/posts/${slug}/`)).status === 200
  })

// A demo post's French version, edited and published in French only, until its French page
// shows the edit.
const FRENCH_SLUG = 'a-alep-la-promesse-du-plus-jamais-ca'
async function frenchEditToLive(label: string, n: number): Promise<number> {
  const found = await fetch(`${cms.url}/api/posts?locale=fr&depth=0&where[slug][equals]=${FRENCH_SLUG}`)
  const post = ((await found.json()) as { docs: { id: number }[] }).docs[0]
  if (!post) fail(`The demo post ${FRENCH_SLUG} is missing in French.`)
  return timeToLive(`${label}, French edit ${n}`, async () => {
    const excerpt = `Dix-sept ans plus tard, le monde regarde encore Alep (révision ${Date.now()}-${n}).`
    const response = await fetch(
      `${cms.url}/api/posts/${post.id}?locale=fr`,
      asEditor('PATCH', { excerpt, _status: 'published' }),
    )
    if (response.status !== 200) fail(`Publishing the French edit failed: ${response.status}`)
    return async () => (await (await fetch(`${siteUrl}/fr/posts/${FRENCH_SLUG}/`)).text()).includes(excerpt)
  })
}

const figures = (times: number[]) => ({
  'publish to live (s)': median(times).toFixed(1),
  all: times.map((s) => s.toFixed(1)).join(' / '),
})

try {
  site = await startSiteServer(inheritedEnv(siteEnv), new URL(rebuildUrl).origin)

  say(`Demo size: ${TRIALS} publishes, one at a time`)
  const demo: number[] = []
  for (let n = 1; n <= TRIALS; n++) demo.push(await publishToLive('demo', n))
  const demoFrench: number[] = []
  for (let n = 1; n <= TRIALS; n++) demoFrench.push(await frenchEditToLive('demo', n))

  await addSyntheticArchive(cms.env, POSTS)

  say(`Cold full build of the ${POSTS}-post site (empty caches)…`)
  const coldStarted = performance.now()
  await astroBuild({
    ...siteEnv,
    SITE_OUT_DIR: path.join(work, 'cold'),
    SITE_CACHE_DIR: path.join(work, 'cold-cache'),
  }).catch((error: Error) => fail(`The cold build failed: ${error.message}`))
  const coldSeconds = (performance.now() - coldStarted) / 1000
  say(`  cold full build: ${coldSeconds.toFixed(1)} s`)

  // The archive was seeded quietly: one publish brings the live site up to it first.
  await publishToLive(`${POSTS} posts (bringing the live site up to date)`, 0)
  const large: number[] = []
  for (let n = 1; n <= TRIALS; n++) large.push(await publishToLive(`${POSTS} posts`, n))
  const largeFrench: number[] = []
  for (let n = 1; n <= TRIALS; n++) largeFrench.push(await frenchEditToLive(`${POSTS} posts`, n))

  console.log('\nResults (publish-to-live: save request → new page served; median of 3)')
  console.table({
    'demo, new post': figures(demo),
    'demo, French edit': figures(demoFrench),
    [`${POSTS} posts, new post`]: figures(large),
    [`${POSTS} posts, French edit`]: figures(largeFrench),
    [`${POSTS} posts, cold full build`]: { 'publish to live (s)': coldSeconds.toFixed(1), all: '' },
  })
  const targets = [
    ['demo size: under 5 s', median(demo) < 5],
    ['demo size, French edit: under 5 s', median(demoFrench) < 5],
    [`${POSTS} posts: under 10 s`, median(large) < 10],
    [`${POSTS} posts, French edit: under 10 s`, median(largeFrench) < 10],
    [`${POSTS} posts: under 40% of the cold full build`, median(large) < 0.4 * coldSeconds],
  ] as const
  for (const [target, met] of targets) say(`${met ? '✔' : '✖'} target: ${target}`)
  if (targets.some(([, met]) => !met)) process.exitCode = 1
} finally {
  stop()
}
