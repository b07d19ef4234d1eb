import { closeSync, openSync, readFileSync, readSync } from 'node:fs'
import path from 'node:path'
import type { SitemapItem } from '@astrojs/sitemap'
import { pageFile } from '@vigil/shared'

// Each page names its translations in its head (layouts/Base.astro); the sitemap lists the same
// ones, read back from the built page, so the two can never disagree. Carried-over pages of an
// incremental build are in the output by the time the sitemap is written, and are read the same way.
const ALTERNATE = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g
const HEAD_BYTES = 16 * 1024

// A page's head: the links are there, and reading every page whole (over a hundred megabytes for
// 5,000 posts) was a second of every publish. A head longer than HEAD_BYTES is read with its page.
function readHead(file: string): string {
  const start = Buffer.alloc(HEAD_BYTES)
  const fd = openSync(file, 'r')
  let bytes: number
  try {
    bytes = readSync(fd, start, 0, HEAD_BYTES, 0)
  } finally {
    closeSync(fd)
  }
  const text = start.toString('utf8', 0, bytes)
  const end = text.indexOf('</head>')
  return end === -1 ? readFileSync(file, 'utf8') : text.slice(0, end)
}

export function withTranslations(item: SitemapItem, outDir: string, siteUrl: string): SitemapItem {
  const base = new URL(siteUrl).pathname.replace(/\/$/, '')
  const urlPath = new URL(item.url).pathname.slice(base.length)
  let head: string
  try {
    head = readHead(path.join(outDir, pageFile(urlPath)))
  } catch {
    return item
  }
  const links = [...head.matchAll(ALTERNATE)].map(([, lang, url]) => ({ lang: lang!, url: url! }))
  return links.length ? { ...item, links } : item
}
