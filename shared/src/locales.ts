// The languages Vigil publishes in: the only list of them. The CMS localizes content into these,
// the site builds one tree of pages per language, and every visitor-facing text has a catalogue
// entry for each (catalogue/). Adding a language is a line here and a catalogue file; see
// docs/languages.md.

export interface LocaleInfo {
  /** The code in the CMS, in `lang` and `hreflang`, and the first segment of the site's addresses. */
  readonly code: string
  /** The language's name in English, for the admin's locale picker and the docs. */
  readonly label: string
  /** The language's name in itself, for the site's language switcher. */
  readonly nativeName: string
  readonly dir: 'ltr' | 'rtl'
  /** The locale whose conventions dates and numbers follow (Intl). */
  readonly intl: string
}

export const LOCALES = [
  { code: 'en', label: 'English', nativeName: 'English', dir: 'ltr', intl: 'en-CA' },
  { code: 'fr', label: 'French', nativeName: 'Français', dir: 'ltr', intl: 'fr-CA' },
  { code: 'ar', label: 'Arabic', nativeName: 'العربية', dir: 'rtl', intl: 'ar' },
] as const satisfies readonly LocaleInfo[]

export type Locale = (typeof LOCALES)[number]['code']

/** English: served at the site's root, the language existing content migrates into. */
export const DEFAULT_LOCALE: Locale = 'en'

export const LOCALE_CODES: readonly Locale[] = LOCALES.map((locale) => locale.code)

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value)

/** The language a tag names ("fr", "fr-CA" → fr), or the default for one Vigil does not publish in. */
export function localeOf(tag: unknown): Locale {
  if (typeof tag !== 'string') return DEFAULT_LOCALE
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
  return isLocale(primary) ? primary : DEFAULT_LOCALE
}

export const localeInfo = (code: Locale): LocaleInfo => LOCALES.find((locale) => locale.code === code)!

/** The locales other than the default: the ones whose pages live under `/<code>/`. */
export const TRANSLATED_LOCALES: readonly Locale[] = LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)
