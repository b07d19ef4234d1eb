// Every path the site links to, in one place.
export const paths = {
  home: (page = 1) => (page <= 1 ? '/' : `/page/${page}/`),
  post: (slug: string) => `/posts/${slug}/`,
  action: (slug: string) => `/actions/${slug}/`,
  actions: () => '/actions/',
  author: (slug: string) => `/authors/${slug}/`,
  topic: (slug: string) => `/topics/${slug}/`,
  search: () => '/search/',
  rss: () => '/rss.xml',
  media: (filename: string) => `/media/${encodeURIComponent(filename)}`,
}

// Share links carry UTM tags so campaigners can see which channel brought signers.
export function withUtm(url: string, source: string, campaign: string): string {
  const tagged = new URL(url)
  tagged.searchParams.set('utm_source', source)
  tagged.searchParams.set('utm_medium', 'social')
  tagged.searchParams.set('utm_campaign', campaign)
  return tagged.toString()
}

export const isExternal = (href: string) => /^https?:\/\//i.test(href)
