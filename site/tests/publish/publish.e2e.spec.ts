import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PEOPLE, screenshotOnFailure, signInToAdmin } from '@vigil/cms/testing'
import { launchChromium } from '@vigil/tools/browser'
import { apiToken } from '@vigil/tools/cms'
import { randomUUID } from 'node:crypto'
import { type BuildStatus, NOTICE_MAX_AGE_MS, pageFile, SIGNATURE_HEADER, signBody, signNotice } from '@vigil/shared'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest'
import { readBuildStatus } from '../../server/rebuild/readStatus'

const cmsUrl = inject('cmsUrl')
const siteUrl = inject('siteUrl')
const rebuildUrl = inject('rebuildUrl')
const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

// Read from this machine, so without the token (the rebuild server's own tests cover the token).
const status = async () => (await readBuildStatus(rebuildUrl))!
const settle = () =>
  expect.poll(async () => (await status()).state, { timeout: 60_000, interval: 250 }).not.toBe('building')
// How many notices the builds after build `since` answered.
const noticesSince = (now: BuildStatus, since: number) =>
  now.recent.filter((build) => build.number > since).reduce((sum, build) => sum + build.notices, 0)
const pageStatus = async (urlPath: string) => (await fetch(siteUrl + urlPath)).status
const pageText = async (urlPath: string) => (await fetch(siteUrl + urlPath)).text()

let browser: Browser
let page: Page
let token = ''

beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  token = await apiToken(cmsUrl, PEOPLE.editor)
})
beforeEach((context) => onTestFailed(() => screenshotOnFailure(page, context.task.name)))
afterAll(() => browser?.close())

const TITLE = 'Convoy reaches Douma at last'
const SLUG = 'convoy-reaches-douma-at-last'

describe('an editor publishing in the admin', () => {
  it('sees a new post on the live site seconds after publishing it', async () => {
    await signInToAdmin(page, cmsUrl, PEOPLE.editor)
    await page.goto(`${cmsUrl}/admin/collections/posts/create`)
    await page.fill('#field-title', TITLE)
    await page.fill('#field-excerpt', 'Forty trucks of food and medicine crossed the front line.')
    await page.getByRole('button', { name: /publish changes/i }).click()
    await page.waitForURL(/\/admin\/collections\/posts\/\d+/, { timeout: 30_000 })
    expect(await pageStatus(`/posts/${SLUG}/`)).toBe(404)
    await expect.poll(() => pageStatus(`/posts/${SLUG}/`), { timeout: 60_000, interval: 500 }).toBe(200)
    expect(await pageText(`/posts/${SLUG}/`)).toContain(TITLE)
    expect(await page.getByRole('link', { name: /view on the live site/i }).getAttribute('href')).toBe(
      `${siteUrl}/posts/${SLUG}/`,
    )
  })

  it('gets a release that rendered only what changed, whose sitemap and search catch up', async () => {
    await settle()
    expect((await status()).live!.incremental).toBe(true)
    // The build metadata beside the pages is never served.
    for (const hidden of ['/.vigil/pages.json', '/.vigil/release.json', '/%2evigil/pages.json'])
      expect(await pageStatus(hidden)).toBe(404)
    const sitemap = await pageText('/sitemap-0.xml')
    expect(sitemap).toContain(`${siteUrl}/posts/${SLUG}/`)
    // A page carried over unchanged from the release before.
    expect(sitemap).toContain(`${siteUrl}/posts/crossing-the-mountains-on-horseback/`)
    const search = await browser.newPage()
    try {
      await search.goto(`${siteUrl}/search/`, { waitUntil: 'networkidle' })
      await search.locator('input.pagefind-ui__search-input').fill('trucks')
      const result = search.locator('.pagefind-ui__result-link').first()
      await expect.poll(() => result.textContent(), { timeout: 10_000 }).toBe(TITLE)
    } finally {
      await search.close()
    }
  })

  it('sees an edit appear once it is published, and not before', async () => {
    await settle()
    const before = (await status()).builds.started
    const id = new URL(page.url()).pathname.split('/').pop()
    await page.fill('#field-excerpt', 'Forty-six trucks of food and medicine crossed the front line.')
    // Autosave keeps the edit as a draft (waited for, however long it takes): the live page must
    // not change for it.
    const draft = async () =>
      (
        (await (
          await fetch(`${cmsUrl}/api/posts/${id}?draft=true&depth=0`, { headers: { Authorization: `JWT ${token}` } })
        ).json()) as { excerpt?: string }
      ).excerpt
    await expect.poll(draft, { timeout: 60_000, interval: 250 }).toContain('Forty-six trucks')
    expect(await pageText(`/posts/${SLUG}/`)).not.toContain('Forty-six trucks')
    await page.getByRole('button', { name: /publish changes/i }).click()
    await expect
      .poll(() => pageText(`/posts/${SLUG}/`), { timeout: 60_000, interval: 500 })
      .toContain('Forty-six trucks')
    await settle()
    // The autosave sent no notice: the only one since it is the publish's.
    expect(noticesSince(await status(), before)).toBe(1)
  })

  it('sees the page gone once the post is unpublished', async () => {
    await page.reload()
    // Unpublish sits in the document's "more" menu, behind a confirmation.
    await page.locator('.doc-controls__dots').click()
    await page.locator('#action-unpublish').click()
    await page.getByRole('button', { name: /^confirm$/i }).click()
    await expect.poll(() => pageStatus(`/posts/${SLUG}/`), { timeout: 60_000, interval: 500 }).toBe(404)
    await settle()
    expect(await pageText('/sitemap-0.xml')).not.toContain(`/posts/${SLUG}/`)
    expect(await pageStatus('/posts/crossing-the-mountains-on-horseback/')).toBe(200)
  })
})

describe('the rebuild server', () => {
  it('refuses an unsigned, forged, stale or replayed notice and builds nothing', async () => {
    const secret = inject('webhookSecret')
    const notice = () => ({
      source: 'posts',
      event: 'publish' as const,
      at: new Date().toISOString(),
      noticeId: randomUUID(),
    })
    const accepted = await signNotice(notice(), secret)
    expect((await fetch(rebuildUrl, { method: 'POST', ...accepted })).status).toBe(202)
    await settle()
    const before = (await status()).builds.started
    const replayed = await fetch(rebuildUrl, { method: 'POST', ...accepted })
    expect(replayed.status).toBe(409)
    const stale = await signNotice(notice(), secret, new Date(Date.now() - NOTICE_MAX_AGE_MS - 60_000))
    expect((await fetch(rebuildUrl, { method: 'POST', ...stale })).status).toBe(401)
    const { body } = await signNotice(notice(), secret)
    const unsigned = await fetch(rebuildUrl, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } })
    expect(unsigned.status).toBe(401)
    const forged = await fetch(rebuildUrl, {
      method: 'POST',
      body,
      headers: {
        'Content-Type': 'application/json',
        [SIGNATURE_HEADER]: await signBody(body, 'not-the-secret-but-long-enough-to-pass'),
      },
    })
    expect(forged.status).toBe(401)
    // An accepted notice makes the status say "building" at once; these left it idle.
    const after = await status()
    expect(after.state).not.toBe('building')
    expect(after.builds.started).toBe(before)
  })

  // Coalescing, checked from the builds' own records so that it holds however fast or slow the
  // machine is: how many builds twenty publishes make depends on how they fall against the
  // builds, but each build covers at least one notice, none covers a notice twice, they never
  // overlap, and all the notices arriving during a build are answered by the one build after it.
  it('answers twenty publishes in a row with builds one at a time, serving whole pages throughout', async () => {
    await settle()
    const before = (await status()).builds.started
    let serving = true
    const answers: { status: number; whole: boolean }[] = []
    // A visitor reading the home page the whole time the builds run and swap.
    const reader = (async () => {
      while (serving) {
        const response = await fetch(`${siteUrl}/`)
        const html = await response.text()
        answers.push({ status: response.status, whole: html.trimEnd().endsWith('</html>') })
      }
    })()
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`${cmsUrl}/api/posts`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ title: `Burst dispatch ${i}`, slug: `burst-dispatch-${i}`, _status: 'published' }),
      })
      expect(response.status).toBe(201)
    }
    // The rule is checked on every build as soon as the one after it has started, until every
    // notice has been answered by a build that has finished.
    const checkBuilds = (now: BuildStatus) => {
      const builds = now.recent.filter((build) => build.number > before)
      expect(builds).toHaveLength(now.builds.started - before)
      builds.forEach((build, i) => {
        expect(build.notices).toBeGreaterThan(0)
        const next = builds[i + 1]
        if (!next) return
        expect(Date.parse(next.startedAt)).toBeGreaterThanOrEqual(Date.parse(build.endedAt!))
        // Exactly one more: the next build answers all of them (and any arriving as it starts).
        expect(next.notices).toBeGreaterThanOrEqual(build.arrivedDuring)
      })
      return builds
    }
    let now = await status()
    try {
      while (now.state === 'building' || noticesSince(now, before) < 20) {
        checkBuilds(now)
        await new Promise((resolve) => setTimeout(resolve, 500))
        now = await status()
      }
    } finally {
      serving = false
      await reader
    }
    const builds = checkBuilds(now)
    expect(noticesSince(now, before)).toBe(20)
    expect(builds.at(-1)!.arrivedDuring).toBe(0)
    // So builds are fewer than notices by every notice that waited with others behind a build.
    const waitedTogether = builds.reduce((sum, build) => sum + Math.max(0, build.arrivedDuring - 1), 0)
    expect(builds.length).toBeLessThanOrEqual(20 - waitedTogether)
    for (let i = 0; i < 20; i++) expect(await pageStatus(`/posts/burst-dispatch-${i}/`)).toBe(200)
    expect(answers.length).toBeGreaterThan(10)
    expect(answers.filter((answer) => answer.status !== 200 || !answer.whole)).toEqual([])
  })

  it('rebuilds every page that shows an author once the author is renamed', async () => {
    await settle()
    const found = await fetch(`${cmsUrl}/api/posts?depth=1&limit=1&where[authors][exists]=true`)
    const post = (
      (await found.json()) as { docs: { slug: string; authors: { id: number; name: string; slug: string }[] }[] }
    ).docs[0]!
    const author = post.authors[0]!
    const renamed = `${author.name} Okafor-Haddad`
    const response = await fetch(`${cmsUrl}/api/authors/${author.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ name: renamed }),
    })
    expect(response.status).toBe(200)
    await expect.poll(() => pageText(`/posts/${post.slug}/`), { timeout: 60_000, interval: 500 }).toContain(renamed)
    expect(await pageText(`/authors/${author.slug}/`)).toContain(renamed)
    await settle()
    expect((await status()).live!.incremental).toBe(true)
  })

  it('publishes a French edit on its own: the French pages are rendered again, the English ones carried over', async () => {
    await settle()
    const english = '/posts/aleppo-and-the-promise-of-never-again/'
    const french = '/fr/posts/a-alep-la-promesse-du-plus-jamais-ca/'
    const found = await fetch(
      `${cmsUrl}/api/posts?locale=fr&depth=0&where[slug][equals]=a-alep-la-promesse-du-plus-jamais-ca`,
    )
    const { id } = ((await found.json()) as { docs: { id: number }[] }).docs[0]!
    const excerpt = 'Dix-sept ans après les excuses de l’ONU, le monde regarde encore Alep sans agir.'
    const englishBefore = await pageText(english)
    // A page carried over from release to release stays the same file (hard links to it); a page
    // rendered again is a new file.
    const live = path.join(inject('siteEnv').SITE_RELEASES_DIR!, 'live')
    const fileOf = (urlPath: string) => statSync(path.join(live, pageFile(urlPath))).ino
    const pages = [french, '/fr/', english, '/', '/ar/']
    const before = pages.map(fileOf)
    const response = await fetch(`${cmsUrl}/api/posts/${id}?locale=fr`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ excerpt, _status: 'published' }),
    })
    expect(response.status).toBe(200)
    await expect.poll(() => pageText(french), { timeout: 60_000, interval: 500 }).toContain(excerpt)
    await settle()
    expect(await pageText(english)).toBe(englishBefore)
    const after = pages.map(fileOf)
    expect(pages.map((urlPath, i) => [urlPath, after[i] === before[i] ? 'carried over' : 'rendered'])).toEqual([
      [french, 'rendered'],
      ['/fr/', 'rendered'],
      [english, 'carried over'],
      ['/', 'carried over'],
      ['/ar/', 'carried over'],
    ])
  })

  it('renders every page again when the site settings every page shows change', async () => {
    await settle()
    const tagline = 'Reporting from the ground, every day'
    const response = await fetch(`${cmsUrl}/api/globals/site`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ tagline }),
    })
    expect(response.status).toBe(200)
    // A post page no content change touched, so carried over by every build before this one.
    await expect
      .poll(() => pageText('/posts/crossing-the-mountains-on-horseback/'), { timeout: 60_000, interval: 500 })
      .toContain(tagline)
    expect(await pageText('/page/2/')).toContain(tagline)
  })

  it('shows an action’s final count once its closing time passes, with no edit in between', async () => {
    // The page must be seen open first, so built before the closing time. On a slow machine that
    // build may end after it: then the test tries again with a later closing time, never failing
    // for the machine's speed.
    for (const seconds of [12, 30, 90]) {
      await settle()
      const slug = `closing-soon-${Date.now()}`
      const closesAt = new Date(Date.now() + seconds * 1000).toISOString()
      const response = await fetch(`${cmsUrl}/api/actions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({
          title: 'Let the convoys through',
          slug,
          status: 'open',
          summary: 'Tell them to open the roads.',
          targets: 'the government',
          goal: 100,
          consent: { text: 'Send me updates.' },
          closesAt,
          _status: 'published',
        }),
      })
      expect(response.status).toBe(201)
      let shown = ''
      await expect
        .poll(async () => (shown = await pageText(`/actions/${slug}/`)), { timeout: 120_000, interval: 250 })
        .toMatch(/Add your name|Final count/)
      if (!shown.includes('Add your name')) continue
      await expect
        .poll(() => pageText(`/actions/${slug}/`), { timeout: seconds * 1000 + 60_000, interval: 500 })
        .toContain('Final count')
      return
    }
    throw new Error('No build of the action went live before its closing time, even 90 s ahead.')
  })

  it('rolls back to the previous release with one command', async () => {
    await settle()
    const { live, releases } = await status()
    const previous = releases[releases.indexOf(live!.release) - 1]!
    const rollback = spawnSync('node', ['server/rollback.ts'], {
      cwd: siteDir,
      env: { ...process.env, ...inject('siteEnv') },
      encoding: 'utf8',
    })
    expect(rollback.status, rollback.stderr).toBe(0)
    expect(rollback.stdout).toContain(`now release ${previous}`)
    expect((await status()).live!.release).toBe(previous)
  })

  it('shows its status in the admin’s build panel, through the CMS', async () => {
    await settle()
    const panel = await fetch(`${cmsUrl}/api/site-build`, { headers: { Authorization: `JWT ${token}` } })
    expect(await panel.json()).toMatchObject({ available: true, state: 'idle', live: { release: expect.any(String) } })
  })

  it('renders every page again when an editor asks for it ("Rebuild now")', async () => {
    await settle()
    const before = (await status()).builds.started
    const asked = await fetch(`${cmsUrl}/api/site-build`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
    })
    expect(asked.status).toBeLessThan(300)
    await expect.poll(async () => (await status()).builds.started, { timeout: 60_000 }).toBeGreaterThan(before)
    await settle()
    expect((await status()).live!.incremental).toBe(false)
  })

  it('keeps the last good release serving when a build fails, and says why', async () => {
    const live = (await status()).live!.release
    const manual = { source: 'admin', event: 'manual' as const, at: new Date().toISOString(), noticeId: randomUUID() }
    await fetch(rebuildUrl, { method: 'POST', ...(await signNotice(manual, inject('webhookSecret'))) })
    await expect.poll(async () => (await status()).state, { timeout: 10_000, interval: 50 }).toBe('building')
    // The CMS goes away mid-build.
    process.kill(-inject('cmsPid'), 'SIGKILL')
    await expect.poll(async () => (await status()).state, { timeout: 90_000, interval: 250 }).toBe('failed')
    const after = await status()
    expect(after.live!.release).toBe(live)
    expect(after.lastFailure!.error.length).toBeGreaterThan(0)
    expect(after.lastFailure!.tail.length).toBeGreaterThan(0)
    expect(await pageStatus('/')).toBe(200)
  })
})
