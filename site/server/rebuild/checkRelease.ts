import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fdir } from 'fdir'
import {
  type CollectionWithPages,
  DEFAULT_LOCALE,
  documentPath,
  inLocale,
  type Locale,
  LOCALE_CODES,
  pageFile,
} from '@vigil/shared'
import { fetchAll, fetchGlobal } from '../../src/loaders/fetchAll.ts'
import { notFoundFile } from '../../src/integrations/notFoundPages.ts'

// What every release must contain before it may go live; each other language it is built in adds
// its home page, feed and 404 page.
const REQUIRED = ['index.html', '404.html', 'rss.xml', 'robots.txt', 'sitemap-index.xml', 'pagefind/pagefind.js']
const requiredIn = (locale: Locale) => [
  pageFile(inLocale(locale, '/')),
  inLocale(locale, '/rss.xml').slice(1),
  notFoundFile(locale),
]
// Every collection whose documents have a page of their own (the site builds one for each
// published post and action, and for every author and topic).
const WITH_PAGES = Object.keys(documentPath) as CollectionWithPages[]

const htmlFiles = (dir: string): string[] =>
  new fdir()
    .withFullPaths()
    .filter((file) => file.endsWith('.html'))
    .crawl(dir)
    .sync()

export interface ExpectedPages {
  /** The languages the site is built in: English, and each whose site settings have a name. */
  locales: Locale[]
  /** The page paths of every document published in one of those languages, by collection. */
  pages: Record<CollectionWithPages, string[]>
}

// The pages of what the CMS had published before the build began: anything newer may rightly be
// missing (its own notice is already on the way). Fetched while the build runs. A document not
// yet translated into a language (a topic with no French name) has no page in it.
export async function expectedPages(cmsUrl: string, before: Date): Promise<ExpectedPages> {
  const query = `select[slug]=true&where[updatedAt][less_than]=${encodeURIComponent(before.toISOString())}`
  const named = await Promise.all(
    LOCALE_CODES.map(async (locale) =>
      locale === DEFAULT_LOCALE || (await fetchGlobal<{ name?: string | null }>(cmsUrl, 'site', 0, locale)).name
        ? [locale]
        : [],
    ),
  )
  const locales = named.flat()
  const pagesOf = async (collection: CollectionWithPages) => {
    const perLocale = await Promise.all(
      locales.map(async (locale) => {
        const docs = await fetchAll<{ slug?: string | null }>(cmsUrl, collection, {
          depth: 0,
          query,
          pageSize: 1000,
          locale,
        })
        return docs.flatMap((doc) => (doc.slug ? [inLocale(locale, documentPath[collection](doc.slug))] : []))
      }),
    )
    return [collection, perLocale.flat()] as const
  }
  const pages = Object.fromEntries(await Promise.all(WITH_PAGES.map(pagesOf))) as ExpectedPages['pages']
  return { locales, pages }
}

// The release's page count, and the problems that keep it from going live (none when it may).
// Pages carried over from the previous release (hard links) passed this check with it; only pages
// new to this one are read.
export function checkRelease(dir: string, expected: ExpectedPages): { pages: number; problems: string[] } {
  const required = [...REQUIRED, ...expected.locales.filter((locale) => locale !== DEFAULT_LOCALE).flatMap(requiredIn)]
  const problems = required.filter((file) => !existsSync(path.join(dir, file))).map((file) => `${file} is missing`)
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
    const missing = expected.pages[collection].filter((urlPath) => !existsSync(path.join(dir, pageFile(urlPath))))
    if (missing.length)
      problems.push(`${missing.length} published ${collection} have no page (${missing.slice(0, 3).join(', ')}…)`)
  }
  return { pages: pages.length, problems: problems.slice(0, 20) }
}
