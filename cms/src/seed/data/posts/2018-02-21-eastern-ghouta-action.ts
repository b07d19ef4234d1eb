import { actionCallout, p } from '../../richText'
import type { SeedPost } from '../../types'

export const easternGhoutaAction: SeedPost = {
  slug: 'take-action-for-eastern-ghouta',
  title: 'Take action: the people of Eastern Ghouta cannot escape',
  publishedAt: '2018-02-21T12:00:00.000Z',
  authors: [],
  topics: ['syria', 'sieges-and-attacks-on-civilians'],
  excerpt:
    'Trapped by a six-year siege and bombed by their own government, civilians in Eastern Ghouta have nowhere to go. Add your name to demand an end to the attacks.',
  hero: {
    key: 'post-eastern-ghouta-action',
    alt: 'Illustration: an empty market street with shuttered stalls under a grey sky',
    palette: ['#26303b', '#6d7f8f', '#d9c7a7'],
    motif: 'city',
  },
  body: [
    p(
      'With Russia’s backing, the Syrian government is bombing its own people in Eastern Ghouta. In the past month, scores have been killed and hundreds injured in an area that has been besieged for about six years.',
    ),
    p(
      'Nobody can get out to safety, and food and medical supplies cannot get in. Children and older people are dying from malnutrition and from the lack of medicines. The relentless attacks amount to a flagrant war crime.',
    ),
    p(
      'Public pressure helped draw the world’s attention to Aleppo. Now the people under attack in Eastern Ghouta need the same.',
    ),
    actionCallout('stop-the-attacks-on-eastern-ghouta'),
    p(
      'Once you have signed, share the action. A suggested message is ready on the thank-you page, or write your own in your own words.',
    ),
  ],
  relatedAction: 'stop-the-attacks-on-eastern-ghouta',
}
