import { createHash } from 'node:crypto'
import { inLocale, type Locale, localeOf, localeOfPath, type SiteCollection } from '@vigil/shared'
import { buildState } from './buildState'
import { getSite, siteLocales, slugsByLanguage, storedDigest } from './content'
import { langParam } from './language'

// Incremental builds. Each dynamic route passes its paths through here, which records a digest per
// page of everything the page is made from: its props, plus the site settings of its language that
// every layout shows and the list of languages the switcher offers. When the build is given the
// previous release, a route renders only pages whose digest differs from that release's; the
// release integration carries the others over. A French edit changes French pages only.

// Documents from the content store stand in as their stored digest: a list page's digest is then
// the digests of the posts it shows, not those posts serialised once more.
const digest = (value: unknown) =>
  createHash('sha256')
    .update(
      JSON.stringify(value, (key, item: unknown) =>
        key !== '' && typeof item === 'object' && item !== null ? (storedDigest(item) ?? item) : item,
      ),
    )
    .digest('base64url')

/** A page's translations: its path in each language it exists in (the page's own included). */
export type Alternates = Partial<Record<Locale, string>>

export async function changedPaths<P extends { props: object }>(
  route: string,
  paths: P[],
  urlOf: (path: P) => string,
): Promise<P[]> {
  const state = buildState()
  const locales = await siteLocales()
  const frame = new Map<Locale, string>()
  for (const locale of locales) frame.set(locale, digest([locales, await getSite(locale)]))
  const pages: Record<string, string> = {}
  for (const path of paths) pages[urlOf(path)] = digest([frame.get(localeOfPath(urlOf(path))), path.props])
  state.current[route] = { pages }
  const before = state.previous?.[route]
  if (!before) return paths
  return paths.filter((path) => before.pages[urlOf(path)] !== pages[urlOf(path)])
}

/** The same page in every language the site is built in (lists, search, privacy). */
export async function everyLanguage(urlPath: string): Promise<Alternates> {
  return Object.fromEntries((await siteLocales()).map((locale) => [locale, inLocale(locale, urlPath)]))
}

// The pages of a route with one page per document, in every language the document is published
// in, at its address in that language: each page's props are `{ [key]: document, alternates }` plus
// whatever else `more` says the page shows, and only the pages whose props changed are rendered.
export async function documentPages<
  K extends string,
  D extends { id: string | number; slug: string },
  E extends object = object,
>(
  route: string,
  key: K,
  collection: SiteCollection,
  documentsIn: (locale: Locale) => Promise<D[]>,
  pathOf: (slug: string) => string,
  more: (document: D, locale: Locale) => E | Promise<E> = () => ({}) as E,
) {
  const [locales, slugs] = await Promise.all([siteLocales(), slugsByLanguage(collection)])
  const pages = []
  for (const locale of locales) {
    for (const document of await documentsIn(locale)) {
      const alternates: Alternates = {}
      for (const other of locales) {
        const slug = slugs.get(String(document.id))?.[other]
        if (slug) alternates[other] = inLocale(other, pathOf(slug))
      }
      pages.push({
        params: { lang: langParam(locale), slug: document.slug },
        props: { [key]: document, alternates, ...(await more(document, locale)) } as Record<K, D> & {
          alternates: Alternates
        } & E,
      })
    }
  }
  return changedPaths(route, pages, ({ params }) => inLocale(localeOf(params.lang), pathOf(params.slug)))
}

// A page that every language has at the same path (the actions list, search, privacy), with
// whatever `more` says it shows in that language.
export async function languagePages<E extends object = object>(
  route: string,
  urlPath: string,
  more: (locale: Locale) => E | Promise<E> = () => ({}) as E,
) {
  const alternates = await everyLanguage(urlPath)
  const pages = await Promise.all(
    (await siteLocales()).map(async (locale) => ({
      params: { lang: langParam(locale) },
      props: { locale, alternates, ...(await more(locale)) } as { locale: Locale; alternates: Alternates } & E,
    })),
  )
  return changedPaths(route, pages, ({ props }) => inLocale(props.locale, urlPath))
}
