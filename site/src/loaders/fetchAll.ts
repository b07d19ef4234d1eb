import type { Locale } from '@vigil/shared'

// Reads every published document of a collection through the CMS REST API, page by page.
// Any failure ends the build: a partial or empty site must never be published.

export class CmsError extends Error {
  override name = 'CmsError'
}

interface Page<T> {
  docs: T[]
  hasNextPage: boolean
  nextPage?: number | null
  totalDocs: number
}

interface Query {
  depth: number
  /** Narrows the list further (a where clause, a select), as REST query parameters. */
  query?: string
  /** Larger pages suit small documents, such as a list of ids. */
  pageSize?: number
  /** The language to read: only documents published in it, and no field falls back to another. */
  locale: Locale
}

const inLanguage = (locale: Locale) => `locale=${locale}&fallback-locale=none`

async function getJson<T>(url: string): Promise<T> {
  let response: Response
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(30_000) })
  } catch (error) {
    const reason = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message
    throw new CmsError(`The CMS is unreachable at ${new URL(url).origin} (${reason}). Start it, or set CMS_URL.`)
  }
  if (!response.ok) {
    throw new CmsError(`The CMS answered ${response.status} ${response.statusText} for ${url}.`)
  }
  try {
    return (await response.json()) as T
  } catch {
    throw new CmsError(`The CMS sent something that is not JSON for ${url}.`)
  }
}

export async function fetchAll<T>(
  cmsUrl: string,
  collection: string,
  { depth, query = '', pageSize = 100, locale }: Query,
): Promise<T[]> {
  const docs: T[] = []
  for (let page = 1; ; page++) {
    const url = `${cmsUrl}/api/${collection}?limit=${pageSize}&page=${page}&depth=${depth}&sort=createdAt&${inLanguage(locale)}${query && `&${query}`}`
    const result = await getJson<Page<T>>(url)
    if (!Array.isArray(result.docs)) throw new CmsError(`The CMS sent no list of ${collection} for ${url}.`)
    docs.push(...result.docs)
    if (!result.hasNextPage) break
  }
  return docs
}

// Documents by id, in one request per hundred.
export async function fetchByIds<T>(
  cmsUrl: string,
  collection: string,
  depth: number,
  ids: (string | number)[],
  locale: Locale,
) {
  const docs: T[] = []
  for (let start = 0; start < ids.length; start += 100) {
    const query = `where[id][in]=${ids.slice(start, start + 100).join(',')}`
    docs.push(...(await fetchAll<T>(cmsUrl, collection, { depth, query, locale })))
  }
  return docs
}

export function fetchGlobal<T>(cmsUrl: string, slug: string, depth: number, locale: Locale): Promise<T> {
  return getJson<T>(`${cmsUrl}/api/globals/${slug}?depth=${depth}&${inLanguage(locale)}`)
}
