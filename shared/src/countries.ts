import { COUNTRY_NAMES } from './countryNames.ts'
import { DEFAULT_LOCALE, type Locale } from './locales.ts'

// The countries a signer can choose, named in the reader's language. The names are fixed in
// countryNames.ts (generated once from ICU) rather than read from Intl at run time, so that the
// form renders the same list at build time, on the CMS's page and in every browser.

/** Every country as [ISO code, name] in a language, in that language's alphabetical order. */
export const countries = (locale: Locale = DEFAULT_LOCALE) => COUNTRY_NAMES[locale]

/** Every country as [ISO code, English name], in English alphabetical order. */
export const COUNTRIES = countries(DEFAULT_LOCALE)

/** The codes a signature may carry: the same in every language. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(COUNTRIES.map(([code]) => code))
