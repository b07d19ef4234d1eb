'use client'
import { useFormFields, useLocale } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { type Locale, localeInfo } from '@vigil/shared/locales'
import { type LanguageState, languageStates, type TranslationRecord } from '../../translations/translationState'
import { useAdminWords } from './useAdminWords'

// Colour is never the only sign: each state has its words and a mark of its own.
const MARK: Record<LanguageState, { mark: string; colour: string }> = {
  current: { mark: '✓', colour: 'var(--theme-success-600)' },
  outdated: { mark: '!', colour: 'var(--theme-warning-700)' },
  draft: { mark: '✎', colour: 'var(--theme-elevation-600)' },
  missing: { mark: '–', colour: 'var(--theme-error-600)' },
}

// Each state in the editor's words (i18n/adminTranslations.ts).
const STATE_KEY = {
  current: 'vigil:languageCurrent',
  outdated: 'vigil:languageOutdated',
  draft: 'vigil:languageDraft',
  missing: 'vigil:languageMissing',
} as const satisfies Record<LanguageState, string>

/** On the document: every language, where it stands, and a link to edit it. */
export function TranslationStatus() {
  const { t, date, languageName } = useAdminWords()
  const editing = useLocale().code as Locale
  const record = useFormFields(([fields]) => fields.translations?.value as TranslationRecord | null | undefined)
  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p style={{ margin: '0 0 0.4rem', fontWeight: 600 }}>{t('vigil:languagesHeading')}</p>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.3rem' }}>
        {languageStates(record).map(({ locale, state, entry }) => {
          const { nativeName } = localeInfo(locale)
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
                  {nativeName} ({t('vigil:languageEditing')})
                </strong>
              ) : (
                <a href={`?locale=${locale}`} title={t('vigil:languageOpen', { language: languageName(locale) })}>
                  {nativeName}
                </a>
              )}
              : {t(STATE_KEY[state])}
              {when && state !== 'missing' && (
                <span style={{ color: 'var(--theme-elevation-500)' }}> · {date(when)}</span>
              )}
            </li>
          )
        })}
      </ul>
      <p style={{ margin: '0.4rem 0 0', color: 'var(--theme-elevation-500)', fontSize: '0.85em' }}>
        {t('vigil:languagesExplanation')}
      </p>
    </div>
  )
}

/** In the list: each language's code with its mark, and its state in words for screen readers and on hover. */
export function TranslationCell({ rowData }: DefaultCellComponentProps) {
  const { t, languageName } = useAdminWords()
  const record = rowData?.translations as TranslationRecord | null | undefined
  return (
    <span style={{ display: 'inline-flex', gap: '0.6rem', whiteSpace: 'nowrap' }}>
      {languageStates(record).map(({ locale, state }) => (
        <span
          key={locale}
          data-language={locale}
          data-state={state}
          title={`${languageName(locale)}: ${t(STATE_KEY[state])}`}
        >
          <span style={{ textTransform: 'uppercase' }}>{locale}</span>{' '}
          <span aria-hidden="true" style={{ color: MARK[state].colour, fontWeight: 700 }}>
            {MARK[state].mark}
          </span>
          <span
            className="sr-only"
            style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}
          >
            {t(STATE_KEY[state])}
          </span>
        </span>
      ))}
    </span>
  )
}
