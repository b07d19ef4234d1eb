import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { screenshotOnFailure } from '@vigil/cms/testing'
import { launchChromium } from '@vigil/tools/browser'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest'
import { ACTION, NOT_FOUND, PAGE_TYPES, POST } from './pageTypes'

// The live site's headers, from the server production uses (server/staticServer.ts) serving the
// built site, and every page type running under its Content-Security-Policy in Chromium with no
// violation: Astro's output, the petition island (hydrating, counting, signing at the CMS) and
// Pagefind's search.
const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')

let browser: Browser
let context: BrowserContext
let page: Page
let problems: string[] = []

beforeAll(async () => {
  browser = await launchChromium()
})
beforeEach(async (test) => {
  problems = []
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  // Every violation the page reports, and every error in its console (the browser logs refused
  // resources and bad headers there too).
  await context.exposeFunction('reportViolation', (line: string) => problems.push(line))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (line: string) => void }).reportViolation
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      )
    })
  })
  page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`))
  onTestFailed(() => screenshotOnFailure(page, test.task.name))
  return () => context.close()
})
afterAll(() => browser?.close())

// Scrolls through the page, so that anything that waits to be seen (the island) runs too.
async function visit(urlPath: string) {
  const response = await page.goto(siteUrl + urlPath, { waitUntil: 'networkidle' })
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.waitForLoadState('networkidle')
  return response!
}

describe.each(PAGE_TYPES)('the %s page', (_name, urlPath) => {
  it('runs under the site’s Content-Security-Policy with no violation', async () => {
    const response = await visit(urlPath)
    const missing = urlPath.endsWith(NOT_FOUND)
    expect(response.status()).toBe(missing ? 404 : 200)
    // The browser logs the 404 page's own status, once; nothing else may be logged.
    const own = problems.findIndex((line) => line.includes('status of 404'))
    if (missing && own >= 0) problems.splice(own, 1)
    const policy = response.headers()['content-security-policy']!
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')*;/)
    expect(problems).toEqual([])
  })
})

describe('under the policy', () => {
  it('the petition island hydrates, shows the live count and signs at the CMS', async () => {
    await visit(ACTION)
    await page.waitForSelector('form[novalidate]', { timeout: 15_000 })
    await page.getByLabel('Full name').fill('Rana Policy')
    await page.getByLabel('Email', { exact: true }).fill(`csp-${Date.now()}@example.org`)
    await page.getByLabel('Country').selectOption('CA')
    const signed = page.waitForResponse(
      (response) => response.url().startsWith(`${cmsUrl}/api/`) && response.request().method() === 'POST',
    )
    await page.getByRole('button', { name: 'Sign now' }).click()
    expect((await signed).status()).toBe(201)
    await page.getByRole('heading', { name: 'Thank you, Rana!' }).waitFor()
    expect(problems).toEqual([])
  })

  it('the plain form posts to the CMS and lands on the thank-you page without JavaScript', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false })
    try {
      const tab = await plain.newPage()
      const refused: string[] = []
      tab.on('console', (message) => message.type() === 'error' && refused.push(message.text()))
      await tab.goto(siteUrl + ACTION)
      await tab.getByLabel('Full name').fill('Omar Plain')
      await tab.getByLabel('Email', { exact: true }).fill(`csp-plain-${Date.now()}@example.org`)
      await tab.getByLabel('Country').selectOption('CA')
      await tab.getByRole('button', { name: 'Sign now' }).click()
      await tab.waitForURL(`${siteUrl}${ACTION}thanks/`)
      expect(refused).toEqual([])
    } finally {
      await plain.close()
    }
  })

  it('search finds a post, with Pagefind’s WebAssembly', async () => {
    await visit('/search/')
    await page.locator('input.pagefind-ui__search-input').fill('horseback')
    const result = page.locator('.pagefind-ui__result-link').first()
    await expect.poll(() => result.textContent(), { timeout: 10_000 }).toBe('Crossing the mountains on horseback')
    expect(problems).toEqual([])
  })

  it('a page cannot be framed, and an inline script that is not the site’s does not run', async () => {
    await visit(POST)
    // An inline script runs (or is refused) as it is added.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.injected = true'
      document.body.append(script)
      return (window as unknown as { injected?: boolean }).injected === true
    })
    expect(ran).toBe(false)
    await expect.poll(() => problems.some((line) => line.startsWith('script-src-elem blocked inline'))).toBe(true)

    // setContent waits for the load event, which waits for the frame, shown or refused.
    await page.setContent(`<iframe src="${siteUrl}${POST}"></iframe>`)
    const framed = page.frames().find((frame) => frame.url().includes(POST))
    expect(framed ? await framed.locator('h1').count() : 0).toBe(0)
  })
})

describe('the headers', () => {
  const get = (urlPath: string, headers: Record<string, string> = {}) =>
    fetch(siteUrl + urlPath, { headers: { 'Accept-Encoding': 'identity', ...headers } })

  it('protect every answer', async () => {
    for (const urlPath of ['/', POST, NOT_FOUND, '/rss.xml', '/favicon.svg', '/.vigil/pages.json']) {
      const { headers } = await get(urlPath)
      expect(headers.get('x-content-type-options'), urlPath).toBe('nosniff')
      expect(headers.get('x-frame-options'), urlPath).toBe('DENY')
      expect(headers.get('referrer-policy'), urlPath).toBe('strict-origin-when-cross-origin')
      expect(headers.get('permissions-policy'), urlPath).toContain('camera=()')
      const policy = headers.get('content-security-policy')!
      expect(policy, urlPath).toContain("frame-ancestors 'none'")
      expect(policy, urlPath).toContain("object-src 'none'")
      expect(policy, urlPath).toContain("base-uri 'self'")
      expect(policy, urlPath).not.toMatch(/script-src[^;]*'unsafe-inline'/)
    }
  })

  it('let a page post forms and connect only to the site and the CMS, and load images from the site', async () => {
    const policy = (await get(ACTION)).headers.get('content-security-policy')!
    const cms = new URL(cmsUrl).origin
    expect(policy).toContain(`form-action 'self' ${cms}`)
    expect(policy).toContain(`connect-src 'self' ${cms}`)
    expect(policy).toContain("img-src 'self'")
    expect(policy).toContain("default-src 'self'")
  })

  it('compress text as the browser accepts, and say so', async () => {
    const plain = await get(POST)
    const html = await plain.text()
    expect(plain.headers.get('content-encoding')).toBeNull()
    const brotli = await get(POST, { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(brotli.headers.get('content-encoding')).toBe('br')
    expect(brotli.headers.get('vary')).toMatch(/accept-encoding/i)
    const gzip = await get(POST, { 'Accept-Encoding': 'gzip' })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    // fetch decodes what it is sent; the raw sizes come from the bytes on the wire.
    const raw = async (encoding: string) => {
      const { request } = await import('node:http')
      return new Promise<Buffer>((resolve, reject) => {
        request(siteUrl + POST, { headers: { 'Accept-Encoding': encoding } }, (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => resolve(Buffer.concat(chunks)))
        })
          .on('error', reject)
          .end()
      })
    }
    const br = await raw('br')
    const gz = await raw('gzip')
    expect(brotliDecompressSync(br).toString()).toBe(html)
    expect(gunzipSync(gz).toString()).toBe(html)
    expect(br.length).toBeLessThan(html.length / 2)
    console.log(`post page: ${html.length} B plain, ${gz.length} B gzip, ${br.length} B brotli`)
  })

  it('mark hashed assets immutable, and make pages revalidate', async () => {
    const html = await (await get(ACTION)).text()
    const asset = /(?:src|href|component-url)="(\/_astro\/[^"]+)"/.exec(html)?.[1]
    expect(asset).toBeDefined()
    const hashed = await get(asset!)
    expect(hashed.status).toBe(200)
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const pageAnswer = await get(POST)
    expect(pageAnswer.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
    const etag = pageAnswer.headers.get('etag')!
    expect(etag).toBeTruthy()
    const again = await get(POST, { 'If-None-Match': etag })
    expect(again.status).toBe(304)
  })
})
