import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'
import type { Action, Author, Media, Post, Site, Topic } from '@vigil/cms/payload-types'
import type { SiteCollection, SiteGlobal } from '@vigil/shared'
import { env } from './env'
import { downloadMediaFiles } from './loaders/mediaFiles'
import { payloadGlobalLoader, payloadLoader } from './loaders/payload'
import { SITE_GLOBAL, type SourceName, SOURCES } from './loaders/sources'

const source = { cmsUrl: env.CMS_URL, snapshotDir: env.SITE_SNAPSHOT_DIR }
const from = (collection: SourceName) => ({
  ...source,
  collection,
  fields: REQUIRED[collection],
  ...SOURCES[collection],
})

// Each document is checked for the fields pages rely on; its type comes from the CMS's generated types.
// In a translated language, a document without them is one not translated yet (the loader skips it).
const REQUIRED = {
  posts: ['slug', 'title', 'publishedAt'],
  actions: ['slug', 'title', 'status'],
  authors: ['slug', 'name'],
  topics: ['slug', 'name'],
  // Alt text may be missing in a translation: pages fall back to the English one, marked as English.
  media: ['filename'],
  site: ['name'],
} as const satisfies Record<SiteCollection | SiteGlobal, readonly string[]>

const doc = <T>(required: readonly string[]) =>
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
    schema: doc<Post>(REQUIRED.posts),
  }),
  actions: defineCollection({
    loader: payloadLoader(from('actions')),
    schema: doc<Action>(REQUIRED.actions),
  }),
  authors: defineCollection({ loader: payloadLoader(from('authors')), schema: doc<Author>(REQUIRED.authors) }),
  topics: defineCollection({ loader: payloadLoader(from('topics')), schema: doc<Topic>(REQUIRED.topics) }),
  media: defineCollection({
    loader: payloadLoader({
      ...from('media'),
      onDocument: (media, logger) =>
        downloadMediaFiles(env.CMS_URL, media as unknown as Media, env.mediaCacheDir, (message) =>
          logger.warn(message),
        ),
    }),
    schema: doc<Media>(REQUIRED.media),
  }),
  site: defineCollection({
    loader: payloadGlobalLoader({ ...source, ...SITE_GLOBAL, field: REQUIRED.site[0] }),
    schema: doc<Site>(REQUIRED.site),
  }),
} satisfies Record<SiteCollection | SiteGlobal, unknown>
