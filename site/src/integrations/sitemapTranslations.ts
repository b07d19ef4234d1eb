import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { SitemapItem } from '@astrojs/sitemap'
import { pageFile } from '@vigil/shared'

// Each page names its translations in its head (layouts/Base.astro); the sitemap lists the same
// ones, read back from the built page, so the two can never disagree. Carried-over pages of an
// incremental build are in the output by the time the sitemap is written, and are read the same way.
const ALTERNATE = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g

export function withTranslations(item: SitemapItem, outDir: string, siteUrl: string): SitemapItem {
  const base = new URL(siteUrl).pathname.replace(/\/$/, '')
  const urlPath = new URL(item.url).pathname.slice(base.length)
  let html: string
  try {
    html = readFileSync(path.join(outDir, pageFile(urlPath)), 'utf8')
  } catch {
    return item
  }
  const links = [...html.matchAll(ALTERNATE)].map(([, lang, url]) => ({ lang: lang!, url: url! }))
  return links.length ? { ...item, links } : item
}
