import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'
import type { Action, Author, Media, Post, Site, Topic } from '@vigil/cms/payload-types'
import { env } from './env'
import { downloadMediaFiles } from './loaders/mediaFiles'
import { payloadGlobalLoader, payloadLoader } from './loaders/payload'

const cmsUrl = env.CMS_URL

// Each document is checked for the fields pages rely on; its type comes from the CMS's generated types.
const doc = <T>(required: string[]) =>
  z.custom<T>(
    (value) =>
      typeof value === 'object' &&
      value !== null &&
      required.every((key) => (value as Record<string, unknown>)[key] != null),
    { message: `a document must have ${required.join(', ')}` },
  )

export const collections = {
  posts: defineCollection({
    loader: payloadLoader({ cmsUrl, collection: 'posts', depth: 2, required: true }),
    schema: doc<Post>(['slug', 'title', 'publishedAt']),
  }),
  actions: defineCollection({
    loader: payloadLoader({ cmsUrl, collection: 'actions', depth: 1 }),
    schema: doc<Action>(['slug', 'title', 'status']),
  }),
  authors: defineCollection({
    loader: payloadLoader({ cmsUrl, collection: 'authors', depth: 1 }),
    schema: doc<Author>(['slug', 'name']),
  }),
  topics: defineCollection({
    loader: payloadLoader({ cmsUrl, collection: 'topics', depth: 0 }),
    schema: doc<Topic>(['slug', 'name']),
  }),
  media: defineCollection({
    loader: payloadLoader({
      cmsUrl,
      collection: 'media',
      depth: 0,
      onDocument: (media) => downloadMediaFiles(cmsUrl, media as unknown as Media, env.mediaCacheDir),
    }),
    schema: doc<Media>(['filename', 'alt']),
  }),
  site: defineCollection({
    loader: payloadGlobalLoader({ cmsUrl, slug: 'site' }),
    schema: doc<Site>(['name']),
  }),
}
