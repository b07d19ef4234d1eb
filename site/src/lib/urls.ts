// Every path the site links to, in one place.
export const paths = {
  home: (page = 1) => (page <= 1 ? '/' : `/page/${page}/`),
  post: (slug: string) => `/posts/${slug}/`,
  action: (slug: string) => `/actions/${slug}/`,
  thanks: (slug: string) => `/actions/${slug}/thanks/`,
  privacy: () => '/privacy/',
  actions: () => '/actions/',
  author: (slug: string) => `/authors/${slug}/`,
  topic: (slug: string) => `/topics/${slug}/`,
  search: () => '/search/',
  rss: () => '/rss.xml',
  media: (filename: string) => `/media/${encodeURIComponent(filename)}`,
}

// Links an editor set are rendered only when they pass the one link rule, checked again here:
// the CMS refuses them on save, but the site does not trust what it is given.
export { isExternalLink, safeLink, withUtm } from '@vigil/shared'
