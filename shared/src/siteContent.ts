// What the static site is made from: the CMS collections and globals it reads. The CMS sends a
// rebuild notice for a change to any of them, and for nothing else; the site's loader reads exactly
// these. Both sides are typed against this list (a collection missing on either side fails the
// type check) and a CMS test checks each has its rebuild hooks, so a new collection is added here
// first and cannot be forgotten in one of them.
export const SITE_COLLECTIONS = ['posts', 'actions', 'authors', 'topics', 'media'] as const
export type SiteCollection = (typeof SITE_COLLECTIONS)[number]

export const SITE_GLOBALS = ['site'] as const
export type SiteGlobal = (typeof SITE_GLOBALS)[number]
