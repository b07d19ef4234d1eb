import os from 'node:os'
import path from 'node:path'
import { PEOPLE, screenshotOnFailure } from '@vigil/cms/testing'
import { launchChromium } from '@vigil/tools/browser'
import { apiToken } from '@vigil/tools/cms'
import { catalogue, localeOf } from '@vigil/shared'
import { load } from 'cheerio'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest'
import { TIMED } from './globalSetup'
import { dom, domOfFile, exists, html, htmlFiles, signaturesFor } from './output'
import { ACTION, ARABIC, FRENCH, POST } from './pageTypes'

// The site in English, French and Arabic: addresses, translations linked both ways, feeds, search
// and 404 pages per language, right-to-left Arabic, and signing in French, from the real build.
const outDir = inject('outDir')
const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
const SITE = 'http://localhost:4321'
const FR = catalogue('fr')
const AR = catalogue('ar')
const EN = catalogue('en')

type Translations = Record<string, string>
const pathOf = (url: string) => decodeURI(new URL(url).pathname)

// Every built page's own address and the translations its head names, by hreflang.
function pagesWithTranslations() {
  const pages = new Map<string, { lang: string; translations: Translations }>()
  for (const file of htmlFiles(outDir)) {
    const $ = domOfFile(file)
    const canonical = $('link[rel="canonical"]').attr('href')
    if (!canonical) continue
    const translations: Translations = {}
    $('link[rel="alternate"][hreflang]').each((_, link) => {
      translations[$(link).attr('hreflang')!] = pathOf($(link).attr('href')!)
    })
    pages.set(pathOf(canonical), { lang: $('html').attr('lang')!, translations })
  }
  return pages
}

describe('addresses and discovery', () => {
  const pages = pagesWithTranslations()

  it('links every page to its translations, each linking back the same way, with English as x-default', () => {
    let linked = 0
    for (const [urlPath, { lang, translations }] of pages) {
      if (Object.keys(translations).length === 0) continue
      linked++
      const { 'x-default': fallback, ...byLanguage } = translations
      // Each page names itself in its own language, and English as the default when there is one.
      expect(byLanguage[localeOf(lang)], urlPath).toBe(urlPath)
      expect(fallback, urlPath).toBe(byLanguage.en)
      for (const [code, other] of Object.entries(byLanguage)) {
        expect(exists(outDir, other), `${urlPath} → ${code} ${other}`).toBe(true)
        expect(pages.get(other)?.translations, `${other} links back to ${urlPath}`).toEqual(translations)
      }
    }
    expect(linked).toBeGreaterThan(60)
  })

  it('lists in the sitemap, for each address, the translations its page names', () => {
    const $ = load(html(outDir, '/sitemap-0.xml'), { xml: true })
    const listed = $('url').toArray()
    expect(listed.length).toBeGreaterThan(60)
    for (const url of listed) {
      const loc = pathOf($(url).find('loc').text())
      const alternates: Translations = {}
      $(url)
        .find('xhtml\\:link')
        .each((_, link) => {
          alternates[$(link).attr('hreflang')!] = pathOf($(link).attr('href')!)
        })
      expect(alternates, loc).toEqual(pages.get(loc)?.translations ?? {})
    }
    expect(listed.some((url) => pathOf($(url).find('loc').text()) === FRENCH.post)).toBe(true)
  })

  it('builds no French or Arabic page for a post published only in English, and lists none', () => {
    const english = `/posts/${TIMED.upcoming.post}/`
    const $ = dom(outDir, english)
    expect($('link[rel="alternate"][hreflang]').length).toBe(0)
    // Its language switcher offers the French and Arabic home pages instead.
    expect($('nav.languages a[hreflang="fr"]').attr('href')).toBe('/fr/')
    expect($('nav.languages a[hreflang="ar"]').attr('href')).toBe('/ar/')
    for (const [urlPath, { translations }] of pages) {
      if (urlPath.startsWith('/fr/') || urlPath.startsWith('/ar/')) expect(translations.en).not.toBe(english)
    }
    const sitemap = html(outDir, '/sitemap-0.xml')
    expect(sitemap).toContain(`${SITE}${english}`)
    expect(sitemap).not.toContain(`hreflang="en" href="${SITE}${english}"`)
  })

  it('gives each language its own feed, search index, 404 page and address tree', () => {
    const feed = load(html(outDir, '/fr/rss.xml'), { xml: true })
    expect(feed('channel > language').text()).toBe('fr-CA')
    const links = feed('item > link')
      .toArray()
      .map((link) => feed(link).text())
    expect(links.length).toBe(15)
    expect(links.every((link) => link.startsWith(`${SITE}/fr/posts/`))).toBe(true)
    expect(load(html(outDir, '/rss.xml'), { xml: true })('item > link').first().text()).not.toContain('/fr/')
    const index = JSON.parse(html(outDir, '/pagefind/pagefind-entry.json')) as { languages: Record<string, unknown> }
    expect(Object.keys(index.languages).sort()).toEqual(['ar', 'en-ca', 'fr-ca'])
    for (const [code, words] of [
      ['fr', FR],
      ['ar', AR],
    ] as const) {
      const notFound = dom(outDir, `/${code}/404.html`)
      expect(notFound('h1').text()).toBe(words.site.notFound.heading)
      expect(exists(outDir, `/${code}/404/`)).toBe(false)
    }
  })

  it('writes dates and numbers the way each language does', () => {
    expect(dom(outDir, POST)('.dateline time').first().text()).toBe('March 2, 2018')
    expect(dom(outDir, FRENCH.post)('.dateline time').first().text()).toBe('2 mars 2018')
    const goal = (urlPath: string) => dom(outDir, urlPath)('.progress p').first().text()
    expect(goal(ACTION)).toContain('goal 50,000')
    // French groups thousands with a no-break space (narrow or not, as the ICU has it for fr-CA).
    expect(goal(FRENCH.action)).toMatch(/objectif\u00a0: 50[\u00a0\u202f]000/)
  })

  it('marks every page with its language and direction, Arabic right to left', () => {
    for (const file of htmlFiles(outDir)) {
      const $ = domOfFile(file)
      const relative = `/${path.relative(outDir, file)}`
      const arabic = relative.startsWith('/ar/')
      const french = relative.startsWith('/fr/')
      expect($('html').attr('lang'), relative).toBe(arabic ? 'ar' : french ? 'fr-CA' : 'en-CA')
      expect($('html').attr('dir'), relative).toBe(arabic ? 'rtl' : 'ltr')
    }
  })

  it('never shows English words under a French or Arabic address', () => {
    for (const urlPath of [FRENCH.post, FRENCH.action, ARABIC.post, ARABIC.action, '/fr/', '/ar/actions/']) {
      const $ = dom(outDir, urlPath)
      $('script, style, [lang="en"], [lang="en-CA"]').remove()
      const text = $('body').text()
      for (const english of [EN.site.skipToContent, EN.petition.signNow, EN.site.rssFeed, EN.site.byline.by, 'Share']) {
        expect(text, `${urlPath}: ${english}`).not.toContain(english)
      }
    }
  })
})

describe('in Chromium', () => {
  let browser: Browser
  let campaignerToken = ''
  beforeAll(async () => {
    browser = await launchChromium()
    campaignerToken = await apiToken(cmsUrl, PEOPLE.campaigner)
  })
  afterAll(() => browser?.close())

  async function open(urlPath: string, name: string, javaScriptEnabled = true): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    onTestFailed(() => screenshotOnFailure(page, name))
    await page.goto(siteUrl + encodeURI(urlPath))
    return page
  }

  const storedFor = (email: string) => signaturesFor(cmsUrl, campaignerToken, email)

  // Every browser here signs from 127.0.0.1, one visitor to the CMS's limit on signatures a
  // minute, which the other signing suites share. When they have used it up, wait as the answer
  // says and send again (twice at most), as a signer would.
  async function sendWithinLimit(page: Page, send: () => Promise<void>, refused: () => Promise<boolean>) {
    for (let attempt = 0; ; attempt++) {
      await send()
      if (attempt === 2 || !(await refused())) return
      const seconds = Number(/\d+/.exec((await page.locator('body').textContent()) ?? '')?.[0] ?? 60)
      await page.waitForTimeout((seconds + 1) * 1000)
    }
  }

  it('switches language on a post to its translation, and back', async () => {
    const page = await open(POST, 'switch language')
    await page.getByRole('navigation', { name: EN.site.languages }).getByRole('link', { name: 'Français' }).click()
    await page.waitForURL(siteUrl + FRENCH.post)
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-CA')
    await page.getByRole('navigation', { name: FR.site.languages }).getByRole('link', { name: 'العربية' }).click()
    await page.waitForURL((url) => decodeURI(url.pathname) === ARABIC.post)
    await page.getByRole('navigation', { name: AR.site.languages }).getByRole('link', { name: 'English' }).click()
    await page.waitForURL(siteUrl + POST)
    await page.context().close()
  })

  it('mirrors the layout of Arabic pages', async () => {
    const positions = async (urlPath: string) => {
      const page = await open(urlPath, `mirrored ${urlPath}`)
      const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!
      const result = {
        brand: await box('.brand'),
        menu: await box('nav[aria-label] ul'),
        ask: await box('.layout > .prose'),
        panel: await box('#sign'),
      }
      if (urlPath === ARABIC.action) {
        const file = path.join(os.tmpdir(), 'vigil-arabic-action.png')
        await page.screenshot({ path: file })
        console.log(`[languages] Arabic action page screenshot: ${file}`)
      }
      await page.context().close()
      return result
    }
    const english = await positions(ACTION)
    const arabic = await positions(ARABIC.action)
    // English: the name at the left, the form to the right of the ask. Arabic: the other way round.
    expect(english.brand.x).toBeLessThan(english.menu.x)
    expect(english.panel.x).toBeGreaterThanOrEqual(english.ask.x + english.ask.width)
    expect(arabic.brand.x).toBeGreaterThan(arabic.menu.x)
    expect(arabic.panel.x + arabic.panel.width).toBeLessThanOrEqual(arabic.ask.x)
  })

  it('takes a French signature with JavaScript: French errors and thanks, and keeps the language', async () => {
    const page = await open(FRENCH.action, 'french signature with js')
    await page.locator('#sign').scrollIntoViewIfNeeded()
    await page.waitForSelector('form[novalidate]', { timeout: 15_000 })
    const words = FR.petition
    await page.getByLabel(words.labels.name).fill('=cmd')
    await page.getByRole('button', { name: words.signNow }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(words.checkAnswers(3))
    expect(await page.locator('#name-error').textContent()).toBe(words.problems.nameFormula)
    const email = `fr-js-${Date.now()}@example.org`
    await page.getByLabel(words.labels.name).fill('Élise Tremblay')
    await page.getByLabel(words.labels.email, { exact: true }).fill(email)
    await page.getByLabel(words.labels.country).selectOption('CA')
    // Countries are named in French, in French order, once the island has taken over the form.
    const country = page.getByLabel(words.labels.country)
    expect(await country.locator('option[value="SY"]').textContent()).toBe('Syrie')
    expect(await country.locator('option').nth(2).getAttribute('value')).toBe('ZA') // Afrique du Sud
    const tooFast = words.answers.tooFast(0)[1].split(/\d/)[0]!
    const thanks = page.getByRole('heading', { name: words.thanks.greeting('Élise Tremblay') })
    // Read without waiting: once the thanks replace the form, there is no alert to wait for.
    const alert = async () => (await page.locator('.sign-form .alert').allTextContents()).join('')
    await sendWithinLimit(
      page,
      () => page.getByRole('button', { name: words.signNow }).click(),
      async () => {
        await expect
          .poll(async () => (await thanks.count()) > 0 || (await alert()).startsWith(tooFast), { timeout: 15_000 })
          .toBe(true)
        return (await thanks.count()) === 0
      },
    )
    await thanks.waitFor()
    const [stored] = await storedFor(email)
    expect(stored).toMatchObject({ name: 'Élise Tremblay', locale: 'fr' })
    await page.context().close()
  })

  it.each([
    ['French', FRENCH.action, FR],
    ['Arabic', ARABIC.action, AR],
  ] as const)(
    'takes a %s signature without JavaScript: its error page and thank-you page, and keeps the language',
    async (language, action, words) => {
      const page = await open(action, `signature without js ${action}`, false)
      const text = words.petition
      const email = `nojs-${Date.now()}-${action.slice(1, 3)}@example.org`
      const waitTitle = text.answers.tooFast(0)[0]
      const refused = async () => (await page.locator('h1').first().textContent()) === waitTitle
      const send = (name: string) => async () => {
        if (await refused()) await page.goBack()
        await page.getByLabel(text.labels.name).fill(name)
        await page.getByLabel(text.labels.email, { exact: true }).fill(email)
        await page.getByLabel(text.labels.country).selectOption('CA')
        await page.getByRole('button', { name: text.signNow }).click()
        await page.waitForLoadState('load')
      }
      await sendWithinLimit(page, send('Buy at pills.com'), refused)
      await page.waitForSelector('#name-error')
      expect(await page.locator('#name-error').textContent()).toBe(text.problems.nameUrl)
      // The CMS's page names the countries in the signer's language too.
      expect(await page.getByLabel(text.labels.country).locator('option[value="SY"]').textContent()).toBe(
        { French: 'Syrie', Arabic: 'سوريا' }[language],
      )
      expect(localeOf(await page.locator('html').getAttribute('lang'))).toBe(action.slice(1, 3))
      await sendWithinLimit(page, send('Rania Haddad'), refused)
      await page.waitForURL((url) => decodeURI(url.pathname) === `${action}thanks/`)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(text.thanks.heading)
      const [stored] = await storedFor(email)
      expect(stored).toMatchObject({ name: 'Rania Haddad', locale: action.slice(1, 3) })
      await page.context().close()
    },
  )
})
