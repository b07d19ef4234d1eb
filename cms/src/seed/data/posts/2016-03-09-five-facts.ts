import { ol, p } from '../../richText'
import type { SeedPost } from '../../types'

export const fiveFacts: SeedPost = {
  slug: 'syria-five-years-on-the-facts',
  title: 'Syria five years on: the facts',
  publishedAt: '2016-03-09T09:00:00.000Z',
  authors: [],
  topics: ['syria', 'refugees', 'sieges-and-attacks-on-civilians'],
  excerpt:
    'When Bashar al-Assad’s government crushed mass protests in March 2011, it set off the region’s worst armed conflict. Here is what five years have cost.',
  hero: {
    key: 'post-five-facts',
    alt: 'Illustration: a map-like pattern of roads and rivers in muted colours',
    palette: ['#22223b', '#4a4e69', '#c9ada7'],
    motif: 'hills',
  },
  body: [
    p(
      'Five years ago, the government of Bashar al-Assad violently crushed mass protests that began on 15 March 2011. Its response triggered the most severe armed conflict in the region.',
    ),
    ol(
      ['More than 250,000 people have been killed, according to the UN. War crimes and crimes against humanity are widespread.'],
      [
        'More than 11 million people have been driven from their homes: around 7 million inside Syria and more than 4 million abroad, mostly in Turkey, Lebanon and Jordan. Tens of thousands have also fled to Europe, often at great risk.',
      ],
      [
        'Government forces have repeatedly shelled and bombed civilian areas with indiscriminate weapons such as barrel bombs, attacked hospitals and medical workers, and besieged opposition-held areas for long periods, cutting off food and medicine. Physicians for Human Rights counted 112 attacks on medical facilities in 2015 alone, most of them by government forces.',
      ],
    ),
  ],
}
