import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fetchAll } from '../../src/loaders/fetchAll.ts'

// What every release must contain before it may go live.
const REQUIRED = ['index.html', '404.html', 'rss.xml', 'robots.txt', 'sitemap-index.xml', 'pagefind/pagefind.js']

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

// Published before the build began: anything newer may rightly be missing (its own notice is
// already on the way).
async function publishedSlugs(cmsUrl: string, collection: string, before: Date): Promise<string[]> {
  const query = `select[slug]=true&where[updatedAt][less_than]=${encodeURIComponent(before.toISOString())}`
  return (await fetchAll<{ slug: string }>(cmsUrl, collection, 0, query)).map((doc) => doc.slug)
}

// Problems that keep a release from going live; empty when it may.
export async function checkRelease(dir: string, cmsUrl: string, buildStarted: Date): Promise<string[]> {
  const problems = REQUIRED.filter((file) => !existsSync(path.join(dir, file))).map((file) => `${file} is missing`)
  const pages = htmlFiles(dir)
  for (const file of pages) {
    if (statSync(file).size === 0 || !readFileSync(file, 'utf8').includes('</html>')) {
      problems.push(`${path.relative(dir, file)} is empty or cut short`)
    }
  }
  // Everything the CMS publishes has its page.
  for (const [collection, prefix] of [
    ['posts', 'posts'],
    ['actions', 'actions'],
  ] as const) {
    const missing = (await publishedSlugs(cmsUrl, collection, buildStarted)).filter(
      (slug) => !existsSync(path.join(dir, prefix, slug, 'index.html')),
    )
    if (missing.length)
      problems.push(`${missing.length} published ${collection} have no page (${missing.slice(0, 3).join(', ')}…)`)
  }
  return problems.slice(0, 20)
}

export const countPages = (dir: string) => htmlFiles(dir).length
