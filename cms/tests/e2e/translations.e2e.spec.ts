import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest'
import { launchChromium, screenshotOnFailure } from '../helpers/browser'
import { signInToAdmin } from '../helpers/signIn'
import { PEOPLE } from './fixtures/people'

// The editors' view of languages in the admin, on the demo content: the posts list shows each
// language's state, and the document says it in words with a link to each language.
const cmsUrl = inject('cmsUrl')
const IN_THREE = 'The bombing of Eastern Ghouta escalates'
const IN_TWO = 'In Aleppo, the promise of “never again” is drowned out'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  await signInToAdmin(page, cmsUrl, PEOPLE.editor)
})
beforeEach((context) => onTestFailed(() => screenshotOnFailure(page, context.task.name)))
afterAll(() => browser?.close())

const statesIn = (row: ReturnType<Page['locator']>) =>
  row
    .locator('[data-language]')
    .evaluateAll((cells) => cells.map((cell) => `${cell.dataset.language} ${cell.dataset.state}`))

describe('languages in the admin', () => {
  it('lists each post with where each of its languages stands', async () => {
    await page.goto(`${cmsUrl}/admin/collections/posts?limit=50`)
    const row = (title: string) => page.locator('tr', { hasText: title })
    await row(IN_THREE).waitFor()
    expect(await statesIn(row(IN_THREE))).toEqual(['en current', 'fr current', 'ar current'])
    expect(await statesIn(row(IN_TWO))).toEqual(['en current', 'fr current', 'ar missing'])
    // In words, for screen readers and on hover, not only as marks.
    expect(await row(IN_TWO).locator('[data-language="ar"]').getAttribute('title')).toBe('Arabic: not translated')
    const file = path.join(os.tmpdir(), 'vigil-admin-languages.png')
    await page.screenshot({ path: file })
    console.log(`[translations] posts list screenshot: ${file}`)
  })

  it('says on the document which languages are missing, and links each one', async () => {
    await page.locator('tr', { hasText: IN_TWO }).getByRole('link', { name: IN_TWO }).click()
    const status = page.locator('[data-state]')
    await status.first().waitFor()
    expect(await page.locator('li[data-language="ar"]').textContent()).toContain('not translated')
    await page.locator('li[data-language="fr"] a').click()
    await page.waitForURL(/locale=fr/)
    await expect.poll(() => page.locator('#field-title').inputValue()).toMatch(/^À Alep, la promesse du/)
    expect(await page.getByRole('link', { name: /view on the live site/i }).getAttribute('href')).toMatch(
      /\/fr\/posts\/a-alep-la-promesse-du-plus-jamais-ca\/$/,
    )
    expect(await page.locator('li[data-language="fr"]').textContent()).toContain('editing')
  })

  it('speaks French, Vigil’s own words included, to an editor who chose French', async () => {
    // The language an editor picks on their account page is kept in Payload's language cookie.
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
    await context.addCookies([{ name: 'payload-lng', value: 'fr', url: cmsUrl }])
    const french = await context.newPage()
    try {
      await signInToAdmin(french, cmsUrl, PEOPLE.editor)
      // The dashboard's panel on the live site.
      await french.getByRole('heading', { name: 'Le site public' }).waitFor()
      // In English: the editor's last language (French, from the test before) is remembered.
      await french.goto(`${cmsUrl}/admin/collections/posts?limit=50&locale=en`)
      const row = french.locator('tr', { hasText: IN_TWO })
      await row.waitFor()
      expect(await row.locator('[data-language="ar"]').getAttribute('title')).toBe('arabe: non traduite')
      await row.getByRole('link', { name: IN_TWO }).click()
      await french.locator('li[data-language="ar"]').waitFor()
      expect(await french.locator('li[data-language="ar"]').textContent()).toContain('non traduite')
      expect(await french.locator('li[data-language="fr"] a').getAttribute('title')).toBe('Modifier en français')
      await french.getByRole('link', { name: /voir sur le site public/i }).waitFor()
      // Payload's own words, and a field label of ours.
      await french
        .getByRole('button', { name: /publier/i })
        .first()
        .waitFor()
      await french.locator('label[for="field-title"]', { hasText: 'Titre' }).waitFor()
      await french.goto(`${cmsUrl}/admin/collections/actions?locale=en`)
      await french.locator('tr', { hasText: 'Stop the attacks on Eastern Ghouta' }).getByRole('link').first().click()
      // The count toward the goal in French words and French numbers (a space groups thousands).
      await french.getByRole('progressbar', { name: 'Signatures par rapport à l’objectif' }).waitFor()
      expect(await french.locator('text=/objectif \\d{1,3}(\\s\\d{3})+/').count()).toBeGreaterThan(0)
    } finally {
      await context.close()
    }
  })

  it('shows in the actions list the count the API gives', async () => {
    // The list first: it must not show the count the action's last version was saved with.
    await page.goto(`${cmsUrl}/admin/collections/actions?locale=en`)
    const cell = page
      .locator('tr', { hasText: 'Stop the attacks on Eastern Ghouta' })
      .locator('td')
      .filter({ hasText: '/' })
    const shown = Number((await cell.first().textContent())!.split('/')[0]!.replace(/\D/g, ''))
    const open = 'stop-the-attacks-on-eastern-ghouta'
    const api = (await (await fetch(`${cmsUrl}/api/actions/${open}/count`)).json()) as { count: number }
    expect(api.count).toBeGreaterThan(0)
    expect(shown).toBe(api.count)
  })
})
