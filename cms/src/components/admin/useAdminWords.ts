'use client'
import { useTranslation } from '@payloadcms/ui'
import { type AdminTranslationKey, type AdminTranslations, adminLocaleTag } from '../../admin/componentWords'

/** Vigil's admin words in the editor's interface language, with its number and date formats. */
export function useAdminWords() {
  const { i18n, t } = useTranslation<AdminTranslations, AdminTranslationKey>()
  const tag = adminLocaleTag(i18n.language)
  return {
    t,
    language: i18n.language,
    number: (value: number) => value.toLocaleString(tag),
    date: (iso: string) => new Date(iso).toLocaleDateString(tag, { dateStyle: 'medium' }),
    /** A content language's name in the editor's language ("French", "français"). */
    languageName: (code: string) => new Intl.DisplayNames([tag], { type: 'language' }).of(code) ?? code,
    dateTime: (iso: string) => new Date(iso).toLocaleString(tag, { dateStyle: 'medium', timeStyle: 'medium' }),
  }
}
