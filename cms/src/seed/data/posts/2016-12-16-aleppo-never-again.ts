import { actionCallout, p } from '../../richText'
import type { SeedPost } from '../../types'

export const aleppoNeverAgain: SeedPost = {
  slug: 'aleppo-and-the-promise-of-never-again',
  title: 'In Aleppo, the promise of “never again” is drowned out',
  publishedAt: '2016-12-16T13:00:00.000Z',
  authors: ['anna-neistat'],
  topics: ['syria', 'sieges-and-attacks-on-civilians', 'justice-and-accountability'],
  excerpt:
    'Seventeen years after the UN apologised for failing Rwanda, the world watches as children in Aleppo are pulled from the rubble.',
  hero: {
    key: 'post-aleppo-never-again',
    alt: 'Illustration: a ruined street in Aleppo under a hazy sky',
    caption: 'Aleppo, Syria.',
    palette: ['#2a2320', '#7a5c4b', '#d8c3a5'],
    motif: 'city',
  },
  body: [
    p(
      'Seventeen years ago, Kofi Annan, then the UN Secretary-General, admitted that the United Nations had failed the people of Rwanda during a genocide that killed almost a million people in 100 days. He pledged that the UN would never again fail to protect civilians from genocide or mass slaughter.',
    ),
    p(
      'In Aleppo today that pledge cannot be heard over the bombs and the cries of children trapped under collapsed buildings. After years of images from this war, their faces have become painfully familiar.',
    ),
    actionCallout('safe-evacuation-from-aleppo', 'Take action: demand safe evacuation from Aleppo'),
  ],
  relatedAction: 'safe-evacuation-from-aleppo',
  externalLink: { url: 'https://www.amnesty.org/en/latest/news/', publication: 'Amnesty International' },
}
