import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'
import type { Action, Author, Media, Post, Site, Topic } from '@vigil/cms/payload-types'
import type { SiteCollection, SiteGlobal } from '@vigil/shared'
import { env } from './env'
import { downloadMediaFiles } from './loaders/mediaFiles'
import { payloadGlobalLoader, payloadLoader } from './loaders/payload'
import { SITE_GLOBAL, type SourceName, SOURCES } from './loaders/sources'

const source = { cmsUrl: env.CMS_URL, snapshotDir: env.SITE_SNAPSHOT_DIR }
const from = (collection: SourceName) => ({ ...source, collection, ...SOURCES[collection] })

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
    loader: payloadLoader(from('posts')),
    schema: doc<Post>(['slug', 'title', 'publishedAt']),
  }),
  actions: defineCollection({
    loader: payloadLoader(from('actions')),
    schema: doc<Action>(['slug', 'title', 'status']),
  }),
  authors: defineCollection({ loader: payloadLoader(from('authors')), schema: doc<Author>(['slug', 'name']) }),
  topics: defineCollection({ loader: payloadLoader(from('topics')), schema: doc<Topic>(['slug', 'name']) }),
  media: defineCollection({
    loader: payloadLoader({
      ...from('media'),
      onDocument: (media, logger) =>
        downloadMediaFiles(env.CMS_URL, media as unknown as Media, env.mediaCacheDir, (message) =>
          logger.warn(message),
        ),
    }),
    schema: doc<Media>(['filename', 'alt']),
  }),
  site: defineCollection({ loader: payloadGlobalLoader({ ...source, ...SITE_GLOBAL }), schema: doc<Site>(['name']) }),
} satisfies Record<SiteCollection | SiteGlobal, unknown>
