import { closeSync, openSync, readSync } from 'node:fs'
import path from 'node:path'
import type { SitemapItem } from '@astrojs/sitemap'
import { pageFile } from '@vigil/shared'

// Each page names its translations in its head (layouts/Base.astro); the sitemap lists the same
// ones, read back from the built page, so the two can never disagree. Carried-over pages of an
// incremental build are in the output by the time the sitemap is written, and are read the same way.
const ALTERNATE = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g
const CHUNK = 16 * 1024

// A page's head, read until it ends: the links are there, and reading every page whole (over a
// hundred megabytes for 5,000 posts) was a second of every publish.
function readHead(file: string): string {
  const fd = openSync(file, 'r')
  try {
    const chunk = Buffer.alloc(CHUNK)
    const read: Buffer[] = []
    for (let position = 0; ;) {
      const bytes = readSync(fd, chunk, 0, CHUNK, position)
      if (bytes === 0) break
      read.push(Buffer.from(chunk.subarray(0, bytes)))
      position += bytes
      // A tag cut between two chunks is found on the next pass, as the search covers them all.
      if (Buffer.concat(read).includes('</head>')) break
    }
    const text = Buffer.concat(read).toString('utf8')
    const end = text.indexOf('</head>')
    return end === -1 ? text : text.slice(0, end)
  } finally {
    closeSync(fd)
  }
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
