import { launchChromium } from '@vigil/tools/browser'
import lighthouse from 'lighthouse'

export interface Scores {
  performance: number
  accessibility: number
  'best-practices': number
  seo: number
}

// Lighthouse's default (mobile emulation, simulated throttling) against Debian's Chromium.
export async function audit(url: string): Promise<Scores> {
  const port = 9300 + Math.floor(Math.random() * 500)
  const browser = await launchChromium([`--remote-debugging-port=${port}`])
  try {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' })
    const categories = result!.lhr.categories
    const score = (key: keyof Scores) => Math.round((categories[key]?.score ?? 0) * 100)
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    }
  } finally {
    await browser.close()
  }
}
