import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

// Debian's Chromium, never a downloaded browser; the flags keep it off the (closed) network.
export const CHROMIUM_PATH = '/usr/bin/chromium'
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium".`)
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
}

// A picture of the page as it was when a test failed, for whoever reads the failure.
export async function screenshotOnFailure(page: Page | undefined, testName: string) {
  if (!page) return
  const dir = path.resolve('test-results')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}.png`)
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
  console.error(`Screenshot of the failing page: ${file}`)
}
