'use client'
import { useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { type Locale, localeInfo } from '@vigil/shared/locales'
import { type LanguageState, languageStates, type TranslationRecord } from '../../translations/translationState'

// The admin speaks English or French (payload.config.ts `i18n`); these few words follow it.
const WORDS = {
  en: {
    heading: 'Languages',
    current: 'published',
    outdated: 'older than the English',
    draft: 'draft, not published',
    missing: 'not translated',
    editing: 'editing',
    open: (language: string) => `Edit the ${language} version`,
    explanation:
      'Each language is published on its own. A translation is flagged once the English is published again after it.',
  },
  fr: {
    heading: 'Langues',
    current: 'publiée',
    outdated: 'plus ancienne que l’anglais',
    draft: 'brouillon, non publiée',
    missing: 'non traduite',
    editing: 'en cours',
    open: (language: string) => `Modifier la version ${language}`,
    explanation:
      'Chaque langue est publiée séparément. Une traduction est signalée dès que l’anglais est publié de nouveau après elle.',
  },
}
type Words = (typeof WORDS)['en']
const useWords = (): Words => (useTranslation().i18n.language === 'fr' ? WORDS.fr : WORDS.en)

// Colour is never the only sign: each state has its words and a mark of its own.
const MARK: Record<LanguageState, { mark: string; colour: string }> = {
  current: { mark: '✓', colour: 'var(--theme-success-600)' },
  outdated: { mark: '!', colour: 'var(--theme-warning-700)' },
  draft: { mark: '✎', colour: 'var(--theme-elevation-600)' },
  missing: { mark: '–', colour: 'var(--theme-error-600)' },
}

const formatDate = (iso: string, language: string) =>
  new Date(iso).toLocaleDateString(language === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium' })

/** On the document: every language, where it stands, and a link to edit it. */
export function TranslationStatus() {
  const words = useWords()
  const { i18n } = useTranslation()
  const editing = useLocale().code as Locale
  const record = useFormFields(([fields]) => fields.translations?.value as TranslationRecord | null | undefined)
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p style={{ margin: '0 0 0.4rem', fontWeight: 600 }}>{words.heading}</p>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.3rem' }}>
        {languageStates(record).map(({ locale, state, entry }) => {
          const { label, nativeName } = localeInfo(locale)
          const when = entry?.published ?? entry?.saved
          return (
            <li key={locale} data-language={locale} data-state={state}>
              <span
                aria-hidden="true"
                style={{ color: MARK[state].colour, fontWeight: 700, marginInlineEnd: '0.4rem' }}
              >
                {MARK[state].mark}
              </span>
              {locale === editing ? (
                <strong>
                  {nativeName} ({words.editing})
                </strong>
              ) : (
                <a href={`?locale=${locale}`} title={words.open(label)}>
                  {nativeName}
                </a>
              )}
              : {words[state]}
              {when && state !== 'missing' && (
                <span style={{ color: 'var(--theme-elevation-500)' }}> · {formatDate(when, i18n.language)}</span>
              )}
            </li>
          )
        })}
      </ul>
      <p style={{ margin: '0.4rem 0 0', color: 'var(--theme-elevation-500)', fontSize: '0.85em' }}>
        {words.explanation}
      </p>
    </div>
  )
}

/** In the list: each language's code with its mark, and its state in words for screen readers and on hover. */
export function TranslationCell({ rowData }: DefaultCellComponentProps) {
  const words = useWords()
  const record = rowData?.translations as TranslationRecord | null | undefined
  return (
    <span style={{ display: 'inline-flex', gap: '0.6rem', whiteSpace: 'nowrap' }}>
      {languageStates(record).map(({ locale, state }) => (
        <span
          key={locale}
          data-language={locale}
          data-state={state}
          title={`${localeInfo(locale).label}: ${words[state]}`}
        >
          <span style={{ textTransform: 'uppercase' }}>{locale}</span>{' '}
          <span aria-hidden="true" style={{ color: MARK[state].colour, fontWeight: 700 }}>
            {MARK[state].mark}
          </span>
          <span
            className="sr-only"
            style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}
          >
            {words[state]}
          </span>
        </span>
      ))}
    </span>
  )
}
