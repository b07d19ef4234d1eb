// What the site reads from the CMS, and how deep relationships are populated for each.
// `dependsOn`: the collections whose documents arrive populated inside these, so a change there
// means every document here is fetched again. `versionFields`: what tells that one document
// changed since the last build (a signature count changes without an edit).
import type { SiteCollection, SiteGlobal } from '@vigil/shared'

interface Source {
  depth: number
  required: boolean
  dependsOn: readonly SiteCollection[]
  versionFields: readonly string[]
}

// One entry per collection the site reads (shared/src/siteContent.ts): a missing one fails the type check.
export const SOURCES = {
  posts: {
    depth: 2,
    required: true,
    dependsOn: ['actions', 'authors', 'media', 'topics'],
    versionFields: ['updatedAt'],
  },
  actions: {
    depth: 1,
    required: false,
    dependsOn: ['media', 'topics'],
    versionFields: ['updatedAt', 'signatureCount'],
  },
  authors: { depth: 1, required: false, dependsOn: ['media'], versionFields: ['updatedAt'] },
  topics: { depth: 0, required: false, dependsOn: [], versionFields: ['updatedAt'] },
  media: { depth: 0, required: false, dependsOn: [], versionFields: ['updatedAt'] },
} as const satisfies Record<SiteCollection, Source>

export type SourceName = keyof typeof SOURCES
export const SITE_GLOBAL = { slug: 'site', depth: 1 } as const satisfies { slug: SiteGlobal; depth: number }
