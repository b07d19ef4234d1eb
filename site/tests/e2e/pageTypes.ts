// One page of every type the site renders, from the demo content: each is checked for
// accessibility (browser.e2e.spec.ts) and under the live Content-Security-Policy
// (headers.e2e.spec.ts). A new page type goes here once and both suites check it.
export const POST = '/posts/bombing-of-eastern-ghouta-escalates/'
export const ACTION = '/actions/stop-the-attacks-on-eastern-ghouta/'
export const NOT_FOUND = '/no-such-page/'

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
] as const
