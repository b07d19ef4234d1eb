import { getCollection, getEntry } from 'astro:content'
import type { Action, Author, Media, Post, Site, Topic } from '@vigil/cms/payload-types'

// Pages read content only through here, already sorted the way readers expect.

const byNewest = (a: { publishedAt?: string | null }, b: { publishedAt?: string | null }) =>
  (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')

export async function getPosts(): Promise<Post[]> {
  return (await getCollection('posts')).map((entry) => entry.data).sort(byNewest)
}

// Open petitions first, newest first within each group.
export async function getActions(): Promise<Action[]> {
  const actions = (await getCollection('actions')).map((entry) => entry.data)
  return actions.sort((a, b) => (a.status === b.status ? byNewest(a, b) : a.status === 'open' ? -1 : 1))
}

export async function getAuthors(): Promise<Author[]> {
  return (await getCollection('authors')).map((entry) => entry.data).sort((a, b) => a.name.localeCompare(b.name))
}

export async function getTopics(): Promise<Topic[]> {
  return (await getCollection('topics')).map((entry) => entry.data).sort((a, b) => a.name.localeCompare(b.name))
}

export async function getSite(): Promise<Site> {
  const entry = await getEntry('site', 'site')
  if (!entry) throw new Error('The site settings are missing from the CMS.')
  return entry.data
}

// Relationships arrive populated (an object) or as a bare id when deeper than the request's depth.
export const populated = <T extends object>(value: T | number | string | null | undefined): T | undefined =>
  typeof value === 'object' && value !== null ? value : undefined

export const populatedList = <T extends object>(values: (T | number | string)[] | null | undefined): T[] =>
  (values ?? []).map((value) => populated(value)).filter((value): value is T => Boolean(value))

export type { Action, Author, Media, Post, Site, Topic }
