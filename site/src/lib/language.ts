import { catalogue, DEFAULT_LOCALE, type Locale, localeInfo, localeOfPath, pathsIn } from '@vigil/shared'
import { formatDate, formatNumber } from './dates'

// Everything a page or component needs to speak its page's language, found from the page's
// address: English at the root, every other language under /<code>/ (shared/src/sitePaths.ts).
// Not Astro's i18n routing: our slugs differ between languages, which its helpers assume they do
// not, and its current locale matches a language code in any segment of a path (a slug "ar").
export function pageLanguage(url: URL) {
  const locale = localeOfPath(url.pathname)
  const words = catalogue(locale)
  return {
    locale,
    info: localeInfo(locale),
    text: words.site,
    petition: words.petition,
    paths: pathsIn(locale),
    date: (iso: string) => formatDate(iso, locale),
    number: (value: number) => formatNumber(value, locale),
  }
}

export type PageLanguage = ReturnType<typeof pageLanguage>

/** The `[...lang]` route parameter of a page in a language: none for the default one. */
export const langParam = (locale: Locale) => (locale === DEFAULT_LOCALE ? undefined : locale)
