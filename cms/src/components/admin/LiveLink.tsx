'use client'
import { useDocumentInfo, useFormFields, useLocale } from '@payloadcms/ui'
// The subpath, not the package's index: the admin's browser bundle needs only the paths.
import { localeOf } from '@vigil/shared/locales'
import { type CollectionWithPages, documentPath, inLocale, siteAddress } from '@vigil/shared/sitePaths'
import { useAdminWords } from './useAdminWords'

interface Props {
  siteUrl: string
  collection: CollectionWithPages
}

// From a published document to the page visitors see, in the language being edited.
export function LiveLink({ siteUrl, collection }: Props) {
  const { t } = useAdminWords()
  const { hasPublishedDoc } = useDocumentInfo()
  const locale = localeOf(useLocale().code)
  const slug = useFormFields(([fields]) => fields.slug?.initialValue as string | undefined)
  if (!hasPublishedDoc || !slug) return null
  const href = siteAddress(siteUrl, inLocale(locale, documentPath[collection](slug)))
  return (
    <p className="field-type" style={{ margin: '0 0 1.5rem' }}>
      <a href={href} target="_blank" rel="noopener">
        {t('vigil:viewLive')} ↗
      </a>
      <br />
      <small style={{ color: 'var(--theme-elevation-500)' }}>{t('vigil:viewLiveNote')}</small>
    </p>
  )
}
