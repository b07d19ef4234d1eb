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
