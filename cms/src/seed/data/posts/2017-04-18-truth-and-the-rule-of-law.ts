import { p } from '../../richText'
import type { SeedPost } from '../../types'

export const truthAndRuleOfLaw: SeedPost = {
  slug: 'evidence-truth-and-the-rule-of-law',
  title: 'Why evidence and the rule of law matter more than ever',
  publishedAt: '2017-04-18T10:00:00.000Z',
  authors: ['salil-shetty'],
  topics: ['justice-and-accountability', 'syria'],
  excerpt:
    'Writing from Beirut, our Secretary General argues that in an age that shrugs at “fake news”, law grounded in real evidence is how we tell right from wrong.',
  hero: {
    key: 'post-truth-rule-of-law',
    alt: 'Illustration: stacked paper files under a desk lamp',
    palette: ['#1d2b2a', '#4c6e68', '#f2e6c9'],
    motif: 'paper',
  },
  body: [
    p('Salil Shetty wrote this post from Beirut, Lebanon.'),
    p(
      'Truth itself is being fought over, and invented stories are sometimes cheered rather than condemned. In that climate, the rule of law, resting on verifiable evidence, becomes more essential, not less.',
    ),
    p(
      'International human rights law and international humanitarian law are long-standing norms. They give us the vocabulary to explain why what we witness is wrong, and the legal machinery to hold governments to account and to demand that they change course.',
    ),
    p(
      'What would the alternative be? Facing the world’s greatest challenges without solidarity, without accountability, and without a shared promise to defend the equal rights of every person is not a serious option.',
    ),
  ],
}
