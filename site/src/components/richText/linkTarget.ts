import { LINKABLE_COLLECTIONS, type RichTextNode } from '@vigil/cms/rich-text'
import { documentPath, inLocale, type Locale, safeLink } from '@vigil/shared'

type LinkFields = Extract<RichTextNode, { type: 'link' | 'autolink' }>['fields']
type Linkable = (typeof LINKABLE_COLLECTIONS)[number]
const isLinkable = (collection: string): collection is Linkable =>
  (LINKABLE_COLLECTIONS as readonly string[]).includes(collection)

// Where a link in the text goes: a linked document's page on this site (the CMS stores the
// reference, the site makes the address), or the URL an editor typed if it passes the link rule.
// Undefined renders the link's text without a link. A linked document arrives in the page's
// language, with its slug in it, only if it is published in that language.
export function linkTarget(fields: LinkFields, locale: Locale): string | undefined {
  if (fields.linkType !== 'internal') return safeLink(fields.url)
  const doc = fields.doc
  if (!doc || !isLinkable(doc.relationTo) || typeof doc.value !== 'object') return undefined
  const slug = doc.value.slug
  return typeof slug === 'string' ? inLocale(locale, documentPath[doc.relationTo](slug)) : undefined
}
