import { createRequire } from 'node:module'
import { screenshotOnFailure } from '@vigil/cms/testing'
import { launchChromium } from '@vigil/tools/browser'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest'
import { PAGE_TYPES } from './pageTypes'

const siteUrl = inject('siteUrl')
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
})
beforeEach(async (context) => {
  // axe goes in as an inline script, which the site's Content-Security-Policy would refuse; that
  // policy is tested in headers.e2e.spec.ts.
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
  onTestFailed(() => screenshotOnFailure(page, context.task.name))
  return () => page.close()
})
afterAll(() => browser?.close())

describe.each(PAGE_TYPES)('%s page', (_name, urlPath) => {
  it('has no axe violations against WCAG 2.2 AA', async () => {
    await page.goto(siteUrl + urlPath, { waitUntil: 'networkidle' })
    await page.addScriptTag({ path: axePath })
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: Document,
              options: object,
            ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>
          }
        }
      ).axe
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      })
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    })
    expect(violations).toEqual([])
  })

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 700 })
    await page.goto(siteUrl + urlPath, { waitUntil: 'networkidle' })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
  })
})

describe('keyboard use', () => {
  it('offers a visible skip link first, which moves focus to the content', async () => {
    await page.goto(`${siteUrl}/posts/a-letter-from-saydnaya/`)
    await page.keyboard.press('Tab')
    const skip = page.locator('a.skip-link')
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true)
    const box = await skip.boundingBox()
    expect(box && box.y >= 0).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('shows where the focus is on every link it tabs through', async () => {
    await page.goto(`${siteUrl}/`)
    for (let step = 0; step < 8; step++) {
      await page.keyboard.press('Tab')
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element)
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
      })
      expect(outline.style).not.toBe('none')
      expect(outline.width).toBeGreaterThanOrEqual(2)
    }
  })
})

describe('search', () => {
  it('finds a post by a word in its body, and links to it', async () => {
    await page.goto(`${siteUrl}/search/`, { waitUntil: 'networkidle' })
    await page.locator('input.pagefind-ui__search-input').fill('horseback')
    const result = page.locator('.pagefind-ui__result-link').first()
    await expect.poll(() => result.textContent(), { timeout: 10_000 }).toBe('Crossing the mountains on horseback')
    expect(await result.getAttribute('href')).toBe('/posts/crossing-the-mountains-on-horseback/')
  })
})

describe('sharing an action after signing', () => {
  it('copies the action’s link, tagged with its source, and says so', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
    const tab = await context.newPage()
    await tab.goto(`${siteUrl}/actions/stop-the-attacks-on-eastern-ghouta/thanks/`)
    await tab.getByRole('button', { name: 'Copy link' }).click()
    await expect.poll(() => tab.getByRole('status').textContent()).toBe('Link copied.')
    const copied = new URL(await tab.evaluate(() => navigator.clipboard.readText()))
    expect(copied.pathname).toBe('/actions/stop-the-attacks-on-eastern-ghouta/')
    expect(copied.searchParams.get('utm_source')).toBe('copy')
    await context.close()
  })

  it('offers the copy button only when JavaScript runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const tab = await context.newPage()
    await tab.goto(`${siteUrl}/actions/stop-the-attacks-on-eastern-ghouta/thanks/`)
    expect(await tab.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(false)
    expect(await tab.getByRole('link', { name: /WhatsApp/ }).isVisible()).toBe(true)
    await context.close()
  })
})
