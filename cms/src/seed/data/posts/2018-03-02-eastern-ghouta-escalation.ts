import { actionCallout, h2, p, pullQuote } from '../../richText'
import type { SeedPost } from '../../types'

export const easternGhoutaEscalation: SeedPost = {
  slug: 'bombing-of-eastern-ghouta-escalates',
  title: 'The bombing of Eastern Ghouta escalates',
  publishedAt: '2018-03-02T14:00:00.000Z',
  authors: [],
  topics: ['syria', 'sieges-and-attacks-on-civilians', 'children'],
  excerpt:
    'Syrian government forces and their Russian allies have stepped up the bombardment of an enclave where 400,000 civilians live, after six years of siege.',
  hero: {
    key: 'post-eastern-ghouta-escalation',
    alt: 'Illustration: smoke rising over low buildings on the edge of a city',
    caption: 'Eastern Ghouta lies a few kilometres from central Damascus.',
    palette: ['#2e1f1b', '#8c3b2a', '#e9a86b'],
    motif: 'city',
  },
  body: [
    pullQuote(
      'Words cannot describe how bad things are in Eastern Ghouta. A short drive away, in the capital, nothing is lacking, yet the children here are dying because they do not have enough to eat.',
      'A paediatrician in Eastern Ghouta, speaking on 16 February 2018',
    ),
    h2('An escalation of attacks'),
    p(
      'The Syrian government, backed by Russia, has intensified its bombing of Eastern Ghouta, a district of the Damascus countryside that is home to around 400,000 civilians. Over the past month the attacks have killed scores of people and injured hundreds.',
    ),
    p(
      'The escalation follows six years of a siege that has trapped residents under near-daily attack. Deliberately bombarding a besieged civilian population in this way is a flagrant war crime.',
    ),
    actionCallout('stop-the-attacks-on-eastern-ghouta', 'Sign now: stop the attacks'),
  ],
  relatedAction: 'stop-the-attacks-on-eastern-ghouta',
}
