import { actionCallout, ol, p } from '../../richText'
import type { SeedPost } from '../../types'

export const refugeesInTheRegion: SeedPost = {
  slug: 'refugees-in-the-region',
  title: 'Refugees in the region: five countries host 4.8 million Syrians',
  publishedAt: '2016-12-20T11:00:00.000Z',
  authors: [],
  topics: ['refugees', 'syria'],
  excerpt:
    'More than 4.8 million refugees from Syria live in just five countries. Meanwhile, civilians in Aleppo still need protection.',
  hero: {
    key: 'post-refugees-region',
    alt: 'Illustration: rows of tents in a valley under a pale sky',
    palette: ['#3a3f2b', '#9c8c5a', '#efe3c2'],
    motif: 'hills',
  },
  body: [
    actionCallout('safe-evacuation-from-aleppo', 'Join the call to protect civilians in Aleppo'),
    p('More than 4.8 million refugees from Syria are living in just five countries:'),
    ol(['Turkey'], ['Lebanon'], ['Jordan'], ['Iraq'], ['Egypt']),
    p('Wealthier countries further away have taken in only a small share.'),
  ],
  relatedAction: 'safe-evacuation-from-aleppo',
}
