'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'

interface Props {
  siteUrl: string
  section: 'posts' | 'actions'
}

// From a published post or action to the page visitors see.
export function LiveLink({ siteUrl, section }: Props) {
  const { hasPublishedDoc } = useDocumentInfo()
  const slug = useFormFields(([fields]) => fields.slug?.initialValue as string | undefined)
  if (!hasPublishedDoc || !slug) return null
  const href = `${siteUrl}/${section}/${encodeURIComponent(slug)}/`
  return (
    <p className="field-type" style={{ margin: '0 0 1.5rem' }}>
      <a href={href} target="_blank" rel="noopener">
        View on the live site ↗
      </a>
      <br />
      <small style={{ color: 'var(--theme-elevation-500)' }}>Published changes appear there within seconds.</small>
    </p>
  )
}
