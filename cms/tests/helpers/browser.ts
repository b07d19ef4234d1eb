import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'

// Chromium itself (where it is, its flags, launching it) is the tools' (@vigil/tools/browser).
export { launchChromium } from '@vigil/tools/browser'

// A picture of the page as it was when a test failed, for whoever reads the failure.
export async function screenshotOnFailure(page: Page | undefined, testName: string) {
  if (!page) return
  const dir = path.resolve('test-results')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}.png`)
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
  console.error(`Screenshot of the failing page: ${file}`)
}
