import { catalogue, type Locale, shareLinks, shareMessage, withUtm } from '@vigil/shared'
import { useState } from 'react'
import {
  canShareNatively,
  copyLink,
  SHARE_ACTIONS_ATTRIBUTE,
  type ShareActions,
  shareNatively,
} from '../lib/shareButtons'
import './Share.css'

interface Props {
  /** The page to share, untagged: each way of sharing adds its own UTM tags. */
  url: string
  title: string
  /** The action's suggested text; the title stands in when there is none. */
  shareText?: string | null
  /** The UTM campaign: the page's slug. */
  campaign: string
  /** For someone who has just signed: the suggested message, Copy link and the device's share sheet. */
  afterSigning?: boolean
  /**
   * Inside the petition island, where React runs: the thank-you heading names it, the buttons work
   * at once, and networks open in a new tab so the thanks stay on screen. Elsewhere Astro renders
   * it as plain HTML; the buttons stay hidden until ShareScript.astro wires them.
   */
  inIsland?: boolean
  /** The page's language. */
  locale: Locale
}

/** Each network's share page, then (after signing) Copy link and Share…; the island's and the pages'. */
export function Share({ url, title, shareText, campaign, afterSigning = false, inIsland = false, locale }: Props) {
  const [status, setStatus] = useState('')
  const TEXT = catalogue(locale).petition.share
  const text = shareMessage(shareText, title)
  const actions: ShareActions | undefined = afterSigning
    ? {
        copyUrl: withUtm(url, 'copy', campaign),
        copied: TEXT.linkCopied,
        copyByHand: TEXT.copyByHand(withUtm(url, 'copy', campaign)),
        native: { title, text, url: withUtm(url, 'native', campaign) },
      }
    : undefined
  const Box = inIsland ? 'div' : 'section'
  const landmark = inIsland ? {} : { 'aria-labelledby': 'share-heading', 'data-pagefind-ignore': '' }
  const wiring = actions && !inIsland ? { [SHARE_ACTIONS_ATTRIBUTE]: JSON.stringify(actions) } : {}

  return (
    <Box className={inIsland ? 'share' : 'share share-page'} {...landmark} {...wiring}>
      {!inIsland && <h2 id="share-heading">{TEXT.heading}</h2>}
      {afterSigning && (
        <p className="suggested">
          {TEXT.suggested} <q>{text}</q>
        </p>
      )}
      <ul className="share-list">
        {shareLinks(url, text, campaign, TEXT.email).map((link) => (
          <li key={link.label}>
            <a className="pill" href={link.href} rel="external noopener" target={inIsland ? '_blank' : undefined}>
              {link.label}
              <span className="visually-hidden">{inIsland ? TEXT.opensNewTab : TEXT.opensSharePage(link.label)}</span>
            </a>
          </li>
        ))}
        {actions && (
          <>
            <li hidden={!inIsland}>
              <button
                className="pill"
                type="button"
                data-share-copy
                onClick={async () => setStatus(await copyLink(actions))}
              >
                {TEXT.copyLink}
              </button>
            </li>
            <li hidden={!inIsland || !canShareNatively()}>
              <button className="pill" type="button" data-share-native onClick={() => shareNatively(actions)}>
                {TEXT.native}
              </button>
            </li>
          </>
        )}
      </ul>
      {actions && (
        <p className="share-status" role="status" data-share-status>
          {status}
        </p>
      )}
      {!inIsland && (
        <p className="permalink">
          {TEXT.permalink} <a href={url}>{url}</a>
        </p>
      )}
    </Box>
  )
}
