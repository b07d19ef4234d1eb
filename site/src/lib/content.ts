import { getCollection, getEntry } from 'astro:content'
import {
  ACTION_STATE,
  type ActionState,
  actionState,
  DEFAULT_LOCALE,
  type Locale,
  LOCALE_CODES,
  type SiteCollection,
} from '@vigil/shared'
import type { Action, Author, Media, Post, Site, Topic } from '@vigil/cms/payload-types'
import { entryKey, entryLocale } from '../loaders/payload'

// Pages read content only through here, one language at a time, already sorted the way readers
// expect. Entries are typed from the CMS's generated types, whether or not Astro has generated its
// own content types yet. The store keeps each language's version of a document as its own entry.

type Entry<T> = { id: string; data: T; digest?: string | number }

// The content store's digest of each document handed out, so incremental builds can tell a changed
// page without serialising its documents again (see incremental.ts).
const digests = new WeakMap<object, string>()
export const storedDigest = (data: object): string | undefined => digests.get(data)

function dataOf<T>(entries: Entry<T>[]): T[] {
  return entries.map((entry) => {
    if (entry.digest !== undefined) digests.set(entry.data as object, String(entry.digest))
    return entry.data
  })
}

async function inLocale<T>(collection: SiteCollection, locale: Locale): Promise<T[]> {
  const entries = (await getCollection(
    collection,
    (entry: { id: string }) => entryLocale(entry.id) === locale,
  )) as unknown as Entry<T>[]
  return dataOf(entries)
}

const byNewest = (a: { publishedAt?: string | null }, b: { publishedAt?: string | null }) =>
  (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')
const byName = (locale: Locale) => (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale)

export async function getPosts(locale: Locale): Promise<Post[]> {
  return (await inLocale<Post>('posts', locale)).sort(byNewest)
}

// Where each action stands comes from the one shared rule, at the moment the site is built; the
// CMS saves the action again when it opens or closes, so pages showing it are rebuilt then.
export { ACTION_STATE, type ActionState, actionState }

// Open petitions first, then those opening soon, then closed ones; newest first within each group.
const STATE_ORDER = [ACTION_STATE.open, ACTION_STATE.upcoming, ACTION_STATE.closed]
export async function getActions(locale: Locale): Promise<Action[]> {
  const order = (action: Action) => STATE_ORDER.indexOf(actionState(action))
  return (await inLocale<Action>('actions', locale)).sort((a, b) => order(a) - order(b) || byNewest(a, b))
}

export async function getAuthors(locale: Locale): Promise<Author[]> {
  return (await inLocale<Author>('authors', locale)).sort(byName(locale))
}

export async function getTopics(locale: Locale): Promise<Topic[]> {
  return (await inLocale<Topic>('topics', locale)).sort(byName(locale))
}

export async function getSite(locale: Locale): Promise<Site> {
  const entry: Entry<Site> | undefined = await getEntry('site', locale)
  if (!entry) throw new Error(`The site settings in ${locale} are missing from the CMS.`)
  return dataOf([entry])[0]!
}

/** The languages the site is built in: English, and each language whose site settings are translated. */
export async function siteLocales(): Promise<Locale[]> {
  const present = new Set((await getCollection('site')).map((entry: { id: string }) => entry.id))
  return LOCALE_CODES.filter((locale) => locale === DEFAULT_LOCALE || present.has(locale))
}

/** A document's slug in each language it is published in, by the document's id. */
export async function slugsByLanguage(
  collection: SiteCollection,
): Promise<Map<string, Partial<Record<Locale, string>>>> {
  const index = new Map<string, Partial<Record<Locale, string>>>()
  for (const entry of (await getCollection(collection)) as Entry<{ id: string | number; slug?: string | null }>[]) {
    const id = String(entry.data.id)
    if (!entry.data.slug) continue
    index.set(id, { ...index.get(id), [entryLocale(entry.id)]: entry.data.slug })
  }
  return index
}

/** An image's alt text in the page's language, or the English one (marked as English) until it is translated. */
export async function altText(media: Media, locale: Locale): Promise<{ alt: string; lang?: Locale }> {
  if (media.alt || locale === DEFAULT_LOCALE) return { alt: media.alt ?? '' }
  const english = (await getEntry('media', entryKey(DEFAULT_LOCALE, media.id))) as Entry<Media> | undefined
  return english?.data.alt ? { alt: english.data.alt, lang: DEFAULT_LOCALE } : { alt: '' }
}

// Relationships arrive populated (an object) or as a bare id when deeper than the request's depth
// or not published in the language read.
export const populated = <T extends object>(value: T | number | string | null | undefined): T | undefined =>
  typeof value === 'object' && value !== null ? value : undefined

export const populatedList = <T extends object>(values: (T | number | string)[] | null | undefined): T[] =>
  (values ?? []).map((value) => populated(value)).filter((value): value is T => Boolean(value))

export type { Action, Author, Media, Post, Site, Topic }
