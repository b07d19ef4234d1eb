import { image, p } from '../../richText'
import type { SeedPost } from '../../types'

export const thankYouAleppo: SeedPost = {
  slug: 'thank-you-for-acting-on-aleppo',
  title: 'Thank you: your actions for Aleppo made a difference',
  publishedAt: '2016-12-22T16:00:00.000Z',
  authors: [],
  topics: ['syria', 'justice-and-accountability'],
  excerpt:
    'Evacuations from Aleppo are nearly complete, UN monitors are on their way, and the General Assembly has created a mechanism to pursue accountability.',
  hero: {
    key: 'post-thank-you-aleppo',
    alt: 'Illustration: people gathered beside buses at an evacuation point',
    caption: 'Syrians gather during an evacuation in Aleppo.',
    palette: ['#2b3a55', '#ce7b58', '#f6e2c0'],
    motif: 'crowd',
  },
  images: [
    {
      key: 'post-thank-you-aleppo-buses',
      alt: 'Illustration: a line of buses on a road leading out of a ruined city',
      caption: 'Buses waiting to carry people out of eastern Aleppo, December 2016.',
      palette: ['#263238', '#8d6e63', '#ffe0b2'],
      motif: 'city',
    },
  ],
  body: [
    p(
      'Over the past week, hundreds of thousands of supporters around the world took action on the crisis in Syria. Thank you.',
    ),
    p(
      'Evacuations from Aleppo are almost complete, and the UN Security Council has agreed to deploy monitors on the ground without delay. None of this happens without people like you: every action helped push for the protection of civilians in Aleppo.',
    ),
    image('post-thank-you-aleppo-buses', 'Evacuation buses leave eastern Aleppo.'),
    p(
      'There is a breakthrough to report, too. On 20 December the UN General Assembly voted to establish an independent international mechanism to pursue accountability for war crimes and crimes against humanity committed in Syria since March 2011. It is a first step towards justice for thousands of victims.',
    ),
  ],
  relatedAction: 'safe-evacuation-from-aleppo',
}
