import { p } from '../../richText'
import type { SeedPost } from '../../types'

export const noRightsLeftBehind: SeedPost = {
  slug: 'no-rights-left-behind',
  title: 'World Refugee Day: no rights left behind',
  publishedAt: '2016-06-20T09:00:00.000Z',
  authors: ['gloria-nafziger'],
  topics: ['refugees'],
  excerpt:
    'Becoming a refugee should never mean leaving your rights at the border. On World Refugee Day, a call for champions, prevention and solidarity.',
  hero: {
    key: 'post-no-rights-left-behind',
    alt: 'Illustration: a suitcase standing alone on an empty road',
    palette: ['#3d405b', '#81b29a', '#f4f1de'],
    motif: 'hills',
  },
  body: [
    p(
      'A refugee is someone who is not at home, and too often someone who had to leave their rights behind along with everything else.',
    ),
    p(
      'Our task is to make sure that nobody’s rights are left behind: through champions, prevention, solidarity, rights and empowerment.',
    ),
  ],
}
