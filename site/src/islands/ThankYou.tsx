import { catalogue, type Locale } from '@vigil/shared'
import { useEffect, useRef } from 'react'
import { Share } from '../components/Share'

interface Props {
  name: string
  slug: string
  pageUrl: string
  title: string
  shareText: string
  thankYouText: string
  locale: Locale
}

// Shown in place of the form once the CMS has the signature: thanks, then the ask to share (the
// same share component as the thank-you page a form sent without JavaScript lands on).
export function ThankYou({ name, slug, pageUrl, title, shareText, thankYouText, locale }: Props) {
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => heading.current?.focus(), [])

  return (
    <section className="thank-you" aria-labelledby="thank-you-heading">
      <h3 id="thank-you-heading" ref={heading} tabIndex={-1}>
        {catalogue(locale).petition.thanks.greeting(name)}
      </h3>
      <p>{thankYouText}</p>
      <Share url={pageUrl} title={title} shareText={shareText} campaign={slug} afterSigning inIsland locale={locale} />
    </section>
  )
}
