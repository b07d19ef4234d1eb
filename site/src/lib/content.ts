import { getCollection, getEntry } from 'astro:content'
import { ACTION_STATE, type ActionState, actionState } from '@vigil/shared'
import type { Action, Author, Media, Post, Site, Topic } from '@vigil/cms/payload-types'

// Pages read content only through here, already sorted the way readers expect. Entries are typed
// from the CMS's generated types, whether or not Astro has generated its own content types yet.

type Entry<T> = { data: T; digest?: string | number }

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

const byNewest = (a: { publishedAt?: string | null }, b: { publishedAt?: string | null }) =>
  (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)

export async function getPosts(): Promise<Post[]> {
  return dataOf<Post>(await getCollection('posts')).sort(byNewest)
}

// Where each action stands comes from the one shared rule, at the moment the site is built; the
// CMS saves the action again when it opens or closes, so pages showing it are rebuilt then.
export { ACTION_STATE, type ActionState, actionState }

// Open petitions first, then those opening soon, then closed ones; newest first within each group.
const STATE_ORDER = [ACTION_STATE.open, ACTION_STATE.upcoming, ACTION_STATE.closed]
export async function getActions(): Promise<Action[]> {
  const order = (action: Action) => STATE_ORDER.indexOf(actionState(action))
  return dataOf<Action>(await getCollection('actions')).sort((a, b) => order(a) - order(b) || byNewest(a, b))
}

export async function getAuthors(): Promise<Author[]> {
  return dataOf<Author>(await getCollection('authors')).sort(byName)
}

export async function getTopics(): Promise<Topic[]> {
  return dataOf<Topic>(await getCollection('topics')).sort(byName)
}

export async function getSite(): Promise<Site> {
  const entry: Entry<Site> | undefined = await getEntry('site', 'site')
  if (!entry) throw new Error('The site settings are missing from the CMS.')
  return dataOf([entry])[0]!
}

// Relationships arrive populated (an object) or as a bare id when deeper than the request's depth.
export const populated = <T extends object>(value: T | number | string | null | undefined): T | undefined =>
  typeof value === 'object' && value !== null ? value : undefined

export const populatedList = <T extends object>(values: (T | number | string)[] | null | undefined): T[] =>
  (values ?? []).map((value) => populated(value)).filter((value): value is T => Boolean(value))

export type { Action, Author, Media, Post, Site, Topic }
