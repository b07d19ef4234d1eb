// One page of every type the site renders, in each language, from the demo content: each is
// checked for accessibility (browser.e2e.spec.ts) and under the live Content-Security-Policy
// (headers.e2e.spec.ts). A new page type goes here once and both suites check it.
export const POST = '/posts/bombing-of-eastern-ghouta-escalates/'
export const ACTION = '/actions/stop-the-attacks-on-eastern-ghouta/'
export const NOT_FOUND = '/no-such-page/'

// The same demo documents in French and in Arabic (the Aleppo action and most posts are not in Arabic).
export const FRENCH = {
  post: '/fr/posts/les-bombardements-s-intensifient-sur-la-ghouta-orientale/',
  action: '/fr/actions/mettez-fin-aux-attaques-contre-la-ghouta-orientale/',
  closedAction: '/fr/actions/laissez-la-population-d-alep-partir-en-securite/',
  topic: '/fr/topics/syrie/',
} as const
export const ARABIC = {
  post: '/ar/posts/تصاعد-القصف-على-الغوطة-الشرقية/',
  action: '/ar/actions/أوقفوا-الهجمات-على-الغوطة-الشرقية/',
  topic: '/ar/topics/سوريا/',
} as const

export const PAGE_TYPES = [
  ['home', '/'],
  ['older posts', '/page/2/'],
  ['post', POST],
  ['open action', ACTION],
  ['closed action', '/actions/safe-evacuation-from-aleppo/'],
  ['thank-you', `${ACTION}thanks/`],
  ['actions list', '/actions/'],
  ['author', '/authors/anna-neistat/'],
  ['topic', '/topics/syria/'],
  ['search', '/search/'],
  ['privacy', '/privacy/'],
  ['not found', NOT_FOUND],
  ['French home', '/fr/'],
  ['French older posts', '/fr/page/2/'],
  ['French post', FRENCH.post],
  ['French open action', FRENCH.action],
  ['French closed action', FRENCH.closedAction],
  ['French thank-you', `${FRENCH.action}thanks/`],
  ['French actions list', '/fr/actions/'],
  ['French author', '/fr/authors/anna-neistat/'],
  ['French topic', FRENCH.topic],
  ['French search', '/fr/search/'],
  ['French privacy', '/fr/privacy/'],
  ['French not found', `/fr${NOT_FOUND}`],
  ['Arabic home', '/ar/'],
  ['Arabic post', ARABIC.post],
  ['Arabic open action', ARABIC.action],
  ['Arabic thank-you', `${ARABIC.action}thanks/`],
  ['Arabic actions list', '/ar/actions/'],
  ['Arabic author', '/ar/authors/anna-neistat/'],
  ['Arabic topic', ARABIC.topic],
  ['Arabic search', '/ar/search/'],
  ['Arabic privacy', '/ar/privacy/'],
  ['Arabic not found', `/ar${NOT_FOUND}`],
] as const
