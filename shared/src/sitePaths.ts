import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts'

// Every address on the static site, in one place. The site's pages and links, the CMS's links to
// the live site and its no-JavaScript form pages, the release check and the benchmarks all build
// paths here, so moving a page is one change that the type checker carries everywhere.
// Slugs are encoded although SLUG_PATTERN already keeps them to [a-z0-9-]: this module is also the
// last word for slugs that arrive from elsewhere (a URL, a test).
const segment = encodeURIComponent

export const sitePaths = {
  home: (page = 1) => (page <= 1 ? '/' : `/page/${page}/`),
  post: (slug: string) => `/posts/${segment(slug)}/`,
  action: (slug: string) => `/actions/${segment(slug)}/`,
  thanks: (slug: string) => `/actions/${segment(slug)}/thanks/`,
  actions: () => '/actions/',
  author: (slug: string) => `/authors/${segment(slug)}/`,
  topic: (slug: string) => `/topics/${segment(slug)}/`,
  privacy: () => '/privacy/',
  search: () => '/search/',
  rss: () => '/rss.xml',
  media: (filename: string) => `/media/${segment(filename)}`,
} as const

/** A site path in a language: English at the root, every other language under /<code>/. */
export const inLocale = (locale: Locale, urlPath: string) =>
  locale === DEFAULT_LOCALE ? urlPath : `/${locale}${urlPath}`

/** The language a site path is in: its first segment when that names another language. */
export function localeOfPath(urlPath: string): Locale {
  const first = urlPath.split('/')[1]
  return first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE
}

/** A site path without its language prefix (`/fr/posts/x/` → `/posts/x/`). */
export const withoutLocale = (urlPath: string) => {
  const locale = localeOfPath(urlPath)
  return locale === DEFAULT_LOCALE ? urlPath : urlPath.slice(locale.length + 1)
}

type PathBuilders = Omit<typeof sitePaths, 'media'>

/** The site's addresses in one language; media files are shared by every language. */
export function pathsIn(locale: Locale): PathBuilders {
  const { media: _media, ...pages } = sitePaths
  return Object.fromEntries(
    Object.entries(pages).map(([name, build]) => [
      name,
      (...args: never[]) => inLocale(locale, (build as (...a: never[]) => string)(...args)),
    ]),
  ) as unknown as PathBuilders
}

/** The page of one document, for each collection whose documents have a page of their own. */
export const documentPath = {
  posts: sitePaths.post,
  actions: sitePaths.action,
  authors: sitePaths.author,
  topics: sitePaths.topic,
} as const satisfies Record<string, (slug: string) => string>

export type CollectionWithPages = keyof typeof documentPath

/** A thank-you page: built for every action, never indexed. */
export const isThanksPath = (urlPath: string) => /^\/actions\/[^/]+\/thanks\/$/.test(withoutLocale(urlPath))

/** The file a static build writes for a page's path (`/posts/x/` → `posts/x/index.html`). */
export const pageFile = (urlPath: string) => `${decodeURIComponent(urlPath).replace(/^\//, '')}index.html`

/** Posts per page on the home page and its older pages. */
export const PAGE_SIZE = 10

/** A page's full address on a site served at `siteUrl` (which may carry a path of its own). */
export const siteAddress = (siteUrl: string, urlPath: string) => `${siteUrl.replace(/\/+$/, '')}${urlPath}`
