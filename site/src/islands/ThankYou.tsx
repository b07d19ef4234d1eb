import { useEffect, useRef, useState } from 'react'
import { shareLinks, withUtm } from '@vigil/shared'

interface Props {
  name: string
  slug: string
  pageUrl: string
  title: string
  shareText: string
  thankYouText: string
}

// Shown in place of the form once the CMS has the signature: thanks, then the ask to share.
export function ThankYou({ name, slug, pageUrl, title, shareText, thankYouText }: Props) {
  const heading = useRef<HTMLHeadingElement>(null)
  const [copied, setCopied] = useState('')
  const text = shareText || title
  const copyUrl = withUtm(pageUrl, 'copy', slug)
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function'

  useEffect(() => heading.current?.focus(), [])

  async function copy() {
    try {
      await navigator.clipboard.writeText(copyUrl)
      setCopied('Link copied.')
    } catch {
      setCopied(`Copy this link: ${copyUrl}`)
    }
  }

  return (
    <section className="thank-you" aria-labelledby="thank-you-heading">
      <h3 id="thank-you-heading" ref={heading} tabIndex={-1}>
        Thank you, {name.split(' ')[0]}!
      </h3>
      <p>{thankYouText}</p>
      <p className="suggested">
        Suggested message: <q>{text}</q>
      </p>
      <ul className="share-buttons">
        {shareLinks(pageUrl, text, slug).map((link) => (
          <li key={link.label}>
            <a className="pill" href={link.href} rel="external noopener" target="_blank">
              {link.label}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
        <li>
          <button className="pill" type="button" onClick={copy}>
            Copy link
          </button>
        </li>
        {canShare && (
          <li>
            <button
              className="pill"
              type="button"
              onClick={() =>
                navigator.share({ title, text, url: withUtm(pageUrl, 'native', slug) }).catch(() => undefined)
              }
            >
              Share…
            </button>
          </li>
        )}
      </ul>
      <p role="status">{copied}</p>
    </section>
  )
}
