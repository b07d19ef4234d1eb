import { p } from '../../richText'
import type { SeedPost } from '../../types'

export const lesvosChildren: SeedPost = {
  slug: 'what-awaits-children-who-reach-europe',
  title: 'What awaits Syria’s children when they reach Europe',
  publishedAt: '2016-08-22T09:30:00.000Z',
  authors: ['gauri-van-gulik'],
  topics: ['refugees', 'children', 'detention'],
  excerpt:
    'The image of five-year-old Omran Daqneesh shows why families flee. On Lesvos, a child who survives the journey can end up in detention.',
  hero: {
    key: 'post-lesvos',
    alt: 'Illustration: a shoreline with a fence and the sea beyond',
    palette: ['#0b2545', '#13315c', '#8da9c4'],
    motif: 'sea',
  },
  body: [
    p(
      'The picture of five-year-old Omran Daqneesh, dazed and bloodied in an ambulance after being pulled from the ruins of his home, makes it easy to see why parents risk the long, dangerous journey to Europe with their children.',
    ),
    p('Yet a child like Omran who survives that journey would not find his ordeal over.'),
    p(
      'On the Greek island of Lesvos, in a detention centre, our author met Ahmed, a one-year-old who had been ill for nearly all of his life. His mother said a bomb destroyed their home soon after he was born and left shrapnel in his neck; afterwards he developed severe asthma and other symptoms consistent with breathing in chlorine gas. Almost a year after the bombing, his scars were still visible and he struggled for breath.',
    ),
  ],
}
