// What the site reads from the CMS, and how deep relationships are populated for each.
export const SOURCES = {
  posts: { depth: 2, required: true },
  actions: { depth: 1, required: false },
  authors: { depth: 1, required: false },
  topics: { depth: 0, required: false },
  media: { depth: 0, required: false },
} as const

export type SourceName = keyof typeof SOURCES
export const SITE_GLOBAL = { slug: 'site', depth: 1 } as const
