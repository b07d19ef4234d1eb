import { p, pullQuote } from '../../richText'
import type { SeedPost } from '../../types'

export const fiveYearsOfHorror: SeedPost = {
  slug: 'five-years-of-horror-in-syria',
  title: 'Five years of horror and bloodshed in Syria',
  publishedAt: '2016-03-16T09:00:00.000Z',
  authors: ['salil-shetty'],
  topics: ['syria', 'detention', 'justice-and-accountability'],
  excerpt:
    'War crimes and crimes against humanity have engulfed Syria since protests began on 15 March 2011, causing suffering on an immense scale.',
  hero: {
    key: 'post-five-years',
    alt: 'Illustration: a bombed-out apartment block against a red evening sky',
    palette: ['#30161a', '#9d2933', '#f3b391'],
    motif: 'city',
  },
  body: [
    p(
      'Five years of appalling abuses, including war crimes and crimes against humanity, have caused human suffering on a vast scale in Syria. The anti-government protests began on 15 March 2011.',
    ),
    pullQuote(
      'From the first shots fired at peaceful protesters, cruelty towards civilians has marked this crisis. Government forces have committed crimes against humanity with barrel bombs dropped on civilian areas, mass disappearances and torture on an industrial scale, while armed groups such as IS have used the world’s attention to broadcast their own war crimes.',
      'Salil Shetty, Secretary General of Amnesty International',
    ),
  ],
}
