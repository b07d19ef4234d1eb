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

export { withUtm } from '@vigil/shared'

export const isExternal = (href: string) => /^https?:\/\//i.test(href)
