// Every path the site links to is built by the one list in shared (the CMS links to the same pages).
export { sitePaths as paths } from '@vigil/shared'

// Links an editor set are rendered only when they pass the one link rule, checked again here:
// the CMS refuses them on save, but the site does not trust what it is given.
export { isExternalLink, safeLink, withUtm } from '@vigil/shared'
