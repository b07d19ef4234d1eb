import { p, ul } from '../../richText'
import type { SeedAction } from '../../types'

export const easternGhouta: SeedAction = {
  slug: 'stop-the-attacks-on-eastern-ghouta',
  title: 'Stop the attacks on Eastern Ghouta',
  summary:
    'Some 400,000 civilians are trapped under bombardment and siege just outside Damascus. Tell Syria and Russia to stop the attacks and let aid in.',
  ask: [
    p('We call on the governments of Syria and Russia to:'),
    ul(
      ['end all attacks on civilians, homes, hospitals and markets in Eastern Ghouta, at once;'],
      ['lift the siege so that food, medicine and other humanitarian aid can reach the people inside;'],
      ['let the sick and wounded leave for treatment, and let anyone who wants to leave do so safely.'],
    ),
    p(
      'Eastern Ghouta has lived under siege for around six years. In the past month alone, the bombing has killed scores of people and injured hundreds more.',
    ),
  ],
  targets: 'the governments of Syria and Russia',
  goal: 50000,
  status: 'open',
  opensAt: '2018-02-21T12:00:00.000Z',
  shareText:
    'Civilians in Eastern Ghouta are being bombed and starved under siege. I signed to tell Syria and Russia: stop the attacks and let aid in. Add your name:',
  thankYouText:
    'Thank you for standing with the people of Eastern Ghouta. Pressure works when it is loud: share the action so others can sign too.',
  hero: {
    key: 'action-eastern-ghouta',
    alt: 'Illustration: the outline of a damaged town at dusk under a smoke-filled sky',
    caption: 'Eastern Ghouta, on the edge of Damascus, has been under siege for some six years.',
    palette: ['#3b2f2f', '#a4543a', '#f0c27b'],
    motif: 'city',
  },
  topics: ['syria', 'sieges-and-attacks-on-civilians'],
  publishedAt: '2018-02-21T12:00:00.000Z',
}
