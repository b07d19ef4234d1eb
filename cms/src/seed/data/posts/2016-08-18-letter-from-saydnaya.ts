import { p, pullQuote } from '../../richText'
import type { SeedPost } from '../../types'

export const letterFromSaydnaya: SeedPost = {
  slug: 'a-letter-from-saydnaya',
  title: 'A letter from Saydnaya',
  publishedAt: '2016-08-18T12:00:00.000Z',
  authors: [],
  topics: ['detention', 'syria'],
  excerpt:
    'A peaceful activist who survived 20 months in one of Syria’s most brutal prisons wrote to describe what he called a daily hell.',
  hero: {
    key: 'post-saydnaya',
    alt: 'Illustration: a dim corridor with a sliver of light under a door',
    palette: ['#111111', '#333d47', '#9aa5b1'],
    motif: 'paper',
  },
  body: [
    p(
      'Hussam (not his real name) is a peaceful activist who survived 20 months in Saydnaya prison. Now held somewhere else, he wrote a letter to try to convey the daily hell he lived through there. We summarise it here.',
    ),
    pullQuote(
      'This is neither a story nor a plea for pity. From basements that never see daylight, we call out in the hope that someone answers: stop the bleeding away of Syria’s young lives in al-Assad’s prisons.',
      'Hussam, a former Saydnaya detainee, in his letter',
    ),
    p(
      'He writes that the young men and women held there do not belong in those cells, and that they were not born to be mere names on a list or fuel for a fire of revenge, simply for having dreamed of a country that respects their rights.',
    ),
  ],
}
