// `npm run bench`: the whole suite. First site build times at demo size, with a 5,000-post archive
// and with the same archive in two languages (English and French), each measured in the same run
// against a build of the same data from a local JSON snapshot (the baseline), plus Lighthouse
// scores; then the signing benchmark (benchSign.ts, alone: `npm run bench:sign`) and
// publish-to-live latency (benchPublish.ts, alone: `npm run bench:publish`).
// `npm run bench -- --builds` measures the builds only. Loopback only; everything it starts, it stops.
import { mkdtempSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createStaticServer } from '@vigil/site/server'
import { startThrowawayCms } from '@vigil/tools/cms'
import { childEnv, inheritedEnv } from '@vigil/tools/env'
import { fail, say } from '@vigil/tools/log'
import { siteDir } from '@vigil/tools/paths'
import { runForOutput } from '@vigil/tools/processes'
import { astroBuild } from '@vigil/tools/site'
import { addSyntheticArchive, addSyntheticLanguage, ensureCmsBuild } from './lib/cms.ts'
import { audit } from './lib/lighthouseAudit.ts'

const postsFlag = process.argv.indexOf('--posts')
const POSTS = postsFlag > -1 ? Number(process.argv[postsFlag + 1]) : 5000
if (!Number.isInteger(POSTS) || POSTS < 1) fail('--posts needs a whole number, e.g. npm run bench -- --posts 5000')
const BUILDS_ONLY = process.argv.includes('--builds')
const env = childEnv()
const work = mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-'))

// Seconds one step took; its failure ends the run with its output.
async function timed(label: string, step: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await step().catch((error: Error) => fail(`${label}: ${error.message}`))
  const seconds = (performance.now() - started) / 1000
  say(`  ${label}: ${seconds.toFixed(1)} s`)
  return seconds
}

// Three builds of the same content: from the CMS with no image cache, from the CMS with the
// images already cached, and from a JSON snapshot of the CMS's answers (the baseline).
async function buildSet(name: string, cmsUrl: string) {
  const dir = path.join(work, name)
  const cache = { SITE_CACHE_DIR: path.join(dir, 'cache'), CMS_URL: cmsUrl }
  const cold = await timed(`${name}: build from the CMS, cold`, () =>
    astroBuild({ ...cache, SITE_OUT_DIR: path.join(dir, 'cold') }),
  )
  const warm = await timed(`${name}: build from the CMS, images cached`, () =>
    astroBuild({ ...cache, SITE_OUT_DIR: path.join(dir, 'warm') }),
  )
  await timed(`${name}: snapshot the CMS to JSON`, () =>
    runForOutput('the snapshot', 'node', ['scripts/snapshot.ts', path.join(dir, 'snapshot')], {
      cwd: siteDir,
      env: inheritedEnv(cache),
    }),
  )
  const json = await timed(`${name}: build from the JSON snapshot`, () =>
    astroBuild({ ...cache, SITE_OUT_DIR: path.join(dir, 'json'), SITE_SNAPSHOT_DIR: path.join(dir, 'snapshot') }),
  )
  return { cold, warm, json, ratio: warm / json, outDir: path.join(dir, 'warm') }
}

await ensureCmsBuild(env)
say('Starting a throwaway CMS with the demo content…')
const cms = await startThrowawayCms()
try {
  say('Demo size:')
  const demo = await buildSet('demo', cms.url)

  await addSyntheticArchive(cms.env, POSTS)
  const published = ((await (await fetch(`${cms.url}/api/posts?limit=1`)).json()) as { totalDocs: number }).totalDocs
  if (published < POSTS) fail(`The CMS has ${published} published posts after seeding; expected at least ${POSTS}.`)
  say(`The CMS now publishes ${published} posts.`)
  say(`${POSTS} posts:`)
  const large = await buildSet(`posts-${POSTS}`, cms.url)

  await addSyntheticLanguage(cms.env, 'fr')
  const french = (await (await fetch(`${cms.url}/api/posts?limit=1&locale=fr&fallback-locale=none`)).json()) as {
    totalDocs: number
  }
  say(`The CMS now publishes ${french.totalDocs} posts in French too.`)
  say(`${POSTS} posts in English and French:`)
  const bilingual = await buildSet(`posts-${POSTS}-en-fr`, cms.url)

  const row = (set: Awaited<ReturnType<typeof buildSet>>) => ({
    cold: set.cold.toFixed(1),
    images_cached: set.warm.toFixed(1),
    json_baseline: set.json.toFixed(1),
    ratio: set.ratio.toFixed(2),
  })
  console.log('\nBuild times in seconds (ratio: images cached against the JSON baseline)')
  console.table({ demo: row(demo), [`${POSTS} posts`]: row(large), [`${POSTS} posts, en + fr`]: row(bilingual) })
  console.log(
    `Two languages against one, same posts, images cached: ${(bilingual.warm / large.warm).toFixed(2)}× the time`,
  )
  const targets = [
    [`${POSTS} posts build under 60 s`, large.warm < 60],
    ['at most 1.5× the JSON build', large.ratio <= 1.5],
    ['in two languages, at most 1.5× the JSON build', bilingual.ratio <= 1.5],
  ] as const
  for (const [target, met] of targets) say(`${met ? '✔' : '✖'} target: ${target}`)
  if (!BUILDS_ONLY) await lighthouse(demo.outDir)
} finally {
  cms.stop()
}

async function lighthouse(outDir: string) {
  say('Lighthouse (mobile emulation) on the demo-size build…')
  const server = createStaticServer(outDir)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const pages = {
    home: '/',
    post: '/posts/bombing-of-eastern-ghouta-escalates/',
    action: '/actions/stop-the-attacks-on-eastern-ghouta/',
  }
  const scores: Record<string, unknown> = {}
  for (const [name, urlPath] of Object.entries(pages)) scores[name] = await audit(base + urlPath)
  server.close()

  console.table(scores)
}

if (!BUILDS_ONLY) {
  say('Signing benchmark:')
  await import('./benchSign.ts')
  say('Publish-to-live benchmark:')
  await import('./benchPublish.ts')
}
