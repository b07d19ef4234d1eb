// Where each language of a post or action stands, for the editors' view of translations. No runtime
// imports beyond shared's locale list, so the admin's browser bundle can import it.
import { DEFAULT_LOCALE, type Locale, LOCALE_CODES } from '@vigil/shared/locales'

/** When each language was last saved and last published (ISO times); a language never saved has none. */
export type TranslationRecord = Partial<Record<Locale, { saved: string; published?: string }>>

/**
 * missing: never written in this language. draft: written, not yet published in it. outdated:
 * published, but the default language has been published again since, so it may no longer say the
 * same. current: published and no older than the default language's published text.
 */
export type LanguageState = 'missing' | 'draft' | 'outdated' | 'current'

export const LANGUAGE_STATES = ['current', 'outdated', 'draft', 'missing'] as const satisfies readonly LanguageState[]

export function languageState(record: TranslationRecord | null | undefined, locale: Locale): LanguageState {
  const entry = record?.[locale]
  if (!entry) return 'missing'
  if (!entry.published) return 'draft'
  const source = record?.[DEFAULT_LOCALE]?.published
  return locale !== DEFAULT_LOCALE && source && source > entry.published ? 'outdated' : 'current'
}

export const languageStates = (record: TranslationRecord | null | undefined) =>
  LOCALE_CODES.map((locale) => ({ locale, state: languageState(record, locale), entry: record?.[locale] }))

/** The record after a save in `locale`, published or not. */
export function recordSave(
  record: TranslationRecord | null | undefined,
  locale: Locale,
  published: boolean,
  at: string,
): TranslationRecord {
  const before = record?.[locale]
  return { ...record, [locale]: { saved: at, published: published ? at : before?.published } }
}
