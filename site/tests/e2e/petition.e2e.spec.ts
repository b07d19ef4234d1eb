import { PEOPLE, screenshotOnFailure } from '@vigil/cms/testing'
import { launchChromium } from '@vigil/tools/browser'
import { apiToken } from '@vigil/tools/cms'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest'
import { signaturesFor } from './output'

// Signing in Chromium, with JavaScript and without, against the real CMS and the built site.
const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
const OPEN = '/actions/stop-the-attacks-on-eastern-ghouta/'
const CLOSED = '/actions/safe-evacuation-from-aleppo/'
let browser: Browser
let campaignerToken = ''

beforeAll(async () => {
  browser = await launchChromium()
  campaignerToken = await apiToken(cmsUrl, PEOPLE.campaigner)
})
afterAll(() => browser?.close())

const storedFor = (email: string) => signaturesFor(cmsUrl, campaignerToken, email)

async function open(javaScriptEnabled: boolean, path: string, name: string): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  onTestFailed(() => screenshotOnFailure(page, name))
  await page.goto(siteUrl + path)
  // The form hydrates when it scrolls into view, as it would for a reader.
  await page.locator('#sign').scrollIntoViewIfNeeded()
  return [context, page]
}

// The island has hydrated once React has turned off the browser's own validation.
const hydrated = (page: Page) => page.waitForSelector('form[novalidate]', { timeout: 15_000 })
const shownCount = async (page: Page) =>
  Number((await page.locator('.sign-form .progress strong').textContent())!.replace(/\D/g, ''))

async function fill(page: Page, name: string, email: string) {
  await page.getByLabel('Full name').fill(name)
  await page.getByLabel('Email', { exact: true }).fill(email)
  await page.getByLabel('Country').selectOption('CA')
}

describe('with JavaScript', () => {
  it('checks answers in place, announces the problems and focuses the first', async () => {
    const [context, page] = await open(true, OPEN, 'inline errors')
    await hydrated(page)
    await page.getByLabel('Full name').fill('=cmd')
    await page.getByRole('button', { name: 'Sign now' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Please check 3 answers.')
    expect(await page.getByLabel('Full name').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#name-error').textContent()).toBe('Please start your name with a letter.')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-name')
    expect(await page.getByLabel('Email', { exact: true }).getAttribute('aria-describedby')).toBe('email-error')
    await context.close()
  })

  it('signs once, however often the button is pressed, then thanks the signer and offers sharing', async () => {
    const [context, page] = await open(true, `${OPEN}?utm_source=newsletter&utm_campaign=ghouta`, 'sign with js')
    await hydrated(page)
    const before = await shownCount(page)
    const email = `js-${Date.now()}@example.org`
    await fill(page, 'Nour Browser', email)
    await page.getByLabel(/occasional email updates/).check()
    let posts = 0
    // Hold the request until the button has been seen (and pressed) while it is in flight, however
    // long that takes.
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/sign', async (route) => {
      posts++
      await held
      await route.continue()
    })
    const button = page.getByRole('button', { name: 'Sign now' })
    await button.click()
    await expect.poll(() => page.locator('.sign-form button[type=submit]').textContent()).toBe('Signing…')
    expect(await page.locator('.sign-form button[type=submit]').isDisabled()).toBe(true)
    await page
      .locator('.sign-form button[type=submit]')
      .click({ force: true })
      .catch(() => undefined)
    release()

    const thanks = page.getByRole('heading', { name: 'Thank you, Nour!' })
    await thanks.waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('thank-you-heading')
    expect(posts).toBe(1)
    expect(await shownCount(page)).toBe(before + 1)
    const whatsapp = new URL(
      (await page
        .locator('.thank-you')
        .getByRole('link', { name: /WhatsApp/ })
        .getAttribute('href'))!,
    )
    expect(decodeURIComponent(whatsapp.search)).toContain('utm_source=whatsapp')
    expect(await page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(true)

    const [stored, ...more] = await storedFor(email)
    expect(more).toHaveLength(0)
    expect(stored).toMatchObject({
      name: 'Nour Browser',
      country: 'CA',
      consentToUpdates: true,
      consentVersion: 1,
      source: { utmSource: 'newsletter', utmCampaign: 'ghouta' },
    })
    await context.close()
  })

  it('shows the live count from the CMS, not only the one baked in at build time', async () => {
    const response = await fetch(`${cmsUrl}/api/actions/stop-the-attacks-on-eastern-ghouta/count`)
    const { count } = (await response.json()) as { count: number }
    const [context, page] = await open(true, OPEN, 'live count')
    await hydrated(page)
    await expect.poll(() => shownCount(page), { timeout: 10_000 }).toBeGreaterThanOrEqual(count)
    await context.close()
  })
})

describe('without JavaScript', () => {
  it('posts the plain form to the CMS and lands on the thank-you page', async () => {
    const [context, page] = await open(false, OPEN, 'sign without js')
    const email = `nojs-${Date.now()}@example.org`
    await fill(page, 'Samir Plain', email)
    await page.getByRole('button', { name: 'Sign now' }).click()
    await page.waitForURL(`${siteUrl}${OPEN}thanks/`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thank you for adding your name')
    expect(await page.getByRole('link', { name: /WhatsApp/ }).isVisible()).toBe(true)
    const [stored] = await storedFor(email)
    expect(stored).toMatchObject({ name: 'Samir Plain', consentToUpdates: false })
    await context.close()
  })

  it('comes back to the form with the problem beside its field and the answers kept', async () => {
    const [context, page] = await open(false, OPEN, 'errors without js')
    const email = `nojs-error-${Date.now()}@example.org`
    // The browser's own checks pass this; the CMS's do not.
    await fill(page, 'Buy at pills.com', email)
    await page.getByRole('button', { name: 'Sign now' }).click()
    await page.waitForSelector('#name-error')
    expect(await page.locator('#name-error').textContent()).toBe('Please enter your name without a web address.')
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe(email)
    await page.getByLabel('Full name').fill('Samira Plain')
    await page.getByRole('button', { name: 'Sign now' }).click()
    await page.waitForURL(`${siteUrl}${OPEN}thanks/`)
    expect(await storedFor(email)).toHaveLength(1)
    await context.close()
  })
})

describe('a closed action', () => {
  it('shows its final count and no form', async () => {
    const [context, page] = await open(true, CLOSED, 'closed action')
    expect(await page.getByRole('heading', { name: 'Final count' }).isVisible()).toBe(true)
    expect(await page.locator('#sign form').count()).toBe(0)
    expect(await page.getByText(/signed · goal/).isVisible()).toBe(true)
    await context.close()
  })
})
