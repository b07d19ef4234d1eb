import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { type CollectionWithPages, documentPath, pageFile } from '@vigil/shared'
import { fetchAll } from '../../src/loaders/fetchAll.ts'

// What every release must contain before it may go live.
const REQUIRED = ['index.html', '404.html', 'rss.xml', 'robots.txt', 'sitemap-index.xml', 'pagefind/pagefind.js']
// Every collection whose documents have a page of their own (the site builds one for each
// published post and action, and for every author and topic).
const WITH_PAGES = Object.keys(documentPath) as CollectionWithPages[]

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

export type ExpectedPages = Record<CollectionWithPages, string[]>

// The slugs the CMS had published before the build began: anything newer may rightly be missing
// (its own notice is already on the way). Fetched while the build runs.
export async function expectedPages(cmsUrl: string, before: Date): Promise<ExpectedPages> {
  const query = `select[slug]=true&where[updatedAt][less_than]=${encodeURIComponent(before.toISOString())}`
  const slugs = (collection: string) =>
    fetchAll<{ slug: string }>(cmsUrl, collection, { depth: 0, query, pageSize: 1000 }).then((docs) =>
      docs.map((doc) => doc.slug),
    )
  const lists = await Promise.all(WITH_PAGES.map(async (collection) => [collection, await slugs(collection)] as const))
  return Object.fromEntries(lists) as ExpectedPages
}

// The release's page count, and the problems that keep it from going live (none when it may).
// Pages carried over from the previous release (hard links) passed this check with it; only pages
// new to this one are read.
export function checkRelease(dir: string, expected: ExpectedPages): { pages: number; problems: string[] } {
  const problems = REQUIRED.filter((file) => !existsSync(path.join(dir, file))).map((file) => `${file} is missing`)
  const pages = htmlFiles(dir)
  for (const file of pages) {
    const stats = statSync(file)
    if (stats.nlink > 1 && stats.size > 0) continue
    if (stats.size === 0 || !readFileSync(file, 'utf8').includes('</html>')) {
      problems.push(`${path.relative(dir, file)} is empty or cut short`)
    }
  }
  // Everything the CMS publishes has its page.
  for (const collection of WITH_PAGES) {
    const missing = expected[collection].filter(
      (slug) => !existsSync(path.join(dir, pageFile(documentPath[collection](slug)))),
    )
    if (missing.length)
      problems.push(`${missing.length} published ${collection} have no page (${missing.slice(0, 3).join(', ')}…)`)
  }
  return { pages: pages.length, problems: problems.slice(0, 20) }
}
