import { p } from '../../richText'
import type { SeedPost } from '../../types'

export const crossingTheMountains: SeedPost = {
  slug: 'crossing-the-mountains-on-horseback',
  title: 'Crossing the mountains on horseback',
  publishedAt: '2016-09-07T10:00:00.000Z',
  authors: ['monica-costa-riba'],
  topics: ['refugees'],
  excerpt:
    'Alan and Gyan, a brother and sister who use wheelchairs, crossed from Iraq into Turkey strapped to either side of a horse.',
  hero: {
    key: 'post-crossing-mountains',
    alt: 'Illustration: a steep, rocky mountain path at first light',
    palette: ['#283618', '#606c38', '#fefae0'],
    motif: 'hills',
  },
  body: [
    p(
      'Last February, 30-year-old Alan Mohammad and his 28-year-old sister Gyan crossed rugged mountains from Iraq into Turkey strapped to either side of a horse. Their younger sister walked in front, leading it.',
    ),
    p(
      'Behind them came their mother, brother and another sister, pushing the heavy wheelchairs up a steep path with no paving at all.',
    ),
  ],
}
