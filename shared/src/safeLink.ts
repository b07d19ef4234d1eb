// The one rule for every link an editor sets (menus, privacy link, social accounts, author links,
// "read the full article", links in rich text): web addresses, email addresses and paths on the
// site itself. The CMS refuses anything else when it is saved, and the site checks again when it
// renders, because a link that reaches a page is a script waiting for a click (`javascript:`),
// a page made of data (`data:`), or a trip to another host (`//host`, `/\host`).

const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:'])

// Browsers drop tabs and newlines inside a URL and leading control characters and spaces, so
// `java\tscript:` runs as `javascript:`. Nothing an editor means to type contains them: refuse
// them all: control characters, spaces of every kind and invisible format characters.
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Z}]/u

export const LINK_RULE_MESSAGE =
  'Use a web address starting with https:// (or http://), an email address starting with mailto:, or a path on this site starting with / (for example /actions/).'

/** The link as it may be rendered, or undefined when it is not one the rule allows. */
export function safeLink(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined
  // A backslash is a slash to a browser (`/\evil.example` leaves the site).
  if (INVISIBLE_OR_CONTROL.test(value) || value.includes('\\')) return undefined
  if (value.startsWith('/')) return value.startsWith('//') ? undefined : value
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return undefined
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined
  // A share link may leave the address for the reader to fill in (mailto:?subject=…).
  if (url.protocol === 'mailto:') return url.href
  // Credentials in a link (`https://user:pass@host`) only serve to disguise where it goes.
  if (!url.hostname || url.username || url.password) return undefined
  return url.href
}

export const isSafeLink = (value: unknown): boolean => safeLink(value) !== undefined

/** True for addresses on other sites (rendered with rel="external noopener"). */
export const isExternalLink = (href: string): boolean => /^https?:\/\//i.test(href)
