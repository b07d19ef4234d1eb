import { normaliseEmail } from '@vigil/shared'
import type { Where } from 'payload'

// How campaigners find a signer in the admin, answered from indexes at a million signatures: a
// "contains" search (Payload's default `like`, '%word%') reads every row, about a second there.
// The admin's search box queries `nameKey` (the list's only searchable field), and that query is
// rewritten here: a full email address finds that signer's signatures, matched the way signing
// deduplicates; anything else finds the names that start with it, ignoring case and accents.
export const SEARCH_FIELD = 'nameKey'

/** A name as it is searched: lower case, accents dropped, spaces collapsed. */
export const nameSearchKey = (name: string): string =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()

// The largest code point: every string starting with a prefix sorts below prefix + this.
const AFTER_EVERY_SUFFIX = '\u{10FFFF}'

function searchFor(term: string): Where {
  if (term.includes('@')) return { emailKey: { equals: normaliseEmail(term) } }
  const prefix = nameSearchKey(term)
  return { [SEARCH_FIELD]: { greater_than_equal: prefix, less_than: prefix + AFTER_EVERY_SUFFIX } }
}

/** The same query, each `like` on the search field made an indexed lookup. */
export function indexedSearch(where: Where | undefined): Where | undefined {
  if (!where) return where
  const result: Where = {}
  const searches: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      result[key] = value.map((clause) => indexedSearch(clause as Where)!)
    } else if (key === SEARCH_FIELD && typeof (value as { like?: unknown })?.like === 'string') {
      const { like, ...otherOperators } = value as { like: string }
      searches.push(searchFor(like))
      if (Object.keys(otherOperators).length) result[key] = otherOperators
    } else {
      result[key] = value
    }
  }
  if (searches.length) result.and = [...((result.and as Where[] | undefined) ?? []), ...searches]
  return result
}
