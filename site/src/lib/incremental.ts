import { createHash } from 'node:crypto'
import { buildState } from './buildState'
import { getSite, storedDigest } from './content'

// Incremental builds. Each dynamic route passes its paths through here, which records a digest per
// page of everything the page is made from: its props, plus the site settings every layout shows.
// When the build is given the previous release, a route renders only pages whose digest differs
// from that release's; the release integration carries the others over.

// Documents from the content store stand in as their stored digest: a list page's digest is then
// the digests of the posts it shows, not those posts serialised once more.
const digest = (value: unknown) =>
  createHash('sha256')
    .update(
      JSON.stringify(value, (key, item: unknown) =>
        key !== '' && typeof item === 'object' && item !== null ? (storedDigest(item) ?? item) : item,
      ),
    )
    .digest('base64url')

export async function changedPaths<P extends { props: object }>(
  route: string,
  paths: P[],
  urlOf: (path: P) => string,
): Promise<P[]> {
  const state = buildState()
  const site = digest(await getSite())
  const pages: Record<string, string> = {}
  for (const path of paths) pages[urlOf(path)] = digest(path.props)
  state.current[route] = { site, pages }
  const before = state.previous?.[route]
  if (!before || before.site !== site) return paths
  return paths.filter((path) => before.pages[urlOf(path)] !== pages[urlOf(path)])
}

// The pages of a route with one page per document, at the document's address: each page's props
// are `{ [key]: document }` plus whatever else `more` says the page shows, and only the pages
// whose props changed are rendered (above).
export function documentPages<K extends string, D extends { slug: string }, E extends object = object>(
  route: string,
  key: K,
  documents: D[],
  pathOf: (slug: string) => string,
  more: (document: D) => E = () => ({}) as E,
) {
  const pages = documents.map((document) => ({
    params: { slug: document.slug },
    props: { [key]: document, ...more(document) } as Record<K, D> & E,
  }))
  return changedPaths(route, pages, ({ params }) => pathOf(params.slug))
}
