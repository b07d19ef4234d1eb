import { link, p, ul } from '../../richText'
import type { SeedPost } from '../../types'

export const brusselsConference: SeedPost = {
  slug: 'brussels-conference-on-the-future-of-syria',
  title: 'Brussels conference: support for Syrians must include refugees’ rights',
  publishedAt: '2017-04-04T09:00:00.000Z',
  authors: ['leen-hashem'],
  topics: ['refugees', 'syria'],
  excerpt:
    'Ministers from more than 70 countries meet in Brussels to raise money for Syria and its neighbours. Refugees need more than funds: they need protection and places to go.',
  hero: {
    key: 'post-brussels-conference',
    alt: 'Illustration: flags outside a conference building on a rainy day',
    palette: ['#1b2640', '#3d5a80', '#e0e6ef'],
    motif: 'hills',
  },
  body: [
    p(
      'Representatives of more than 70 countries and humanitarian organisations gathered in Brussels today for the ',
      link(
        '“Supporting the Future of Syria and the Region” conference',
        'https://www.consilium.europa.eu/en/meetings/international-ministerial-meetings/2017/04/05/',
      ),
      '. On the agenda: money and assistance for Syrians inside the country and in neighbouring states, and plans for rebuilding once a genuinely inclusive political transition is under way.',
    ),
    p(
      'It is encouraging to see governments come together for Syrians who fled the violence. But refugees in host countries still struggle to get health care, work and protection. Real responsibility-sharing means:',
    ),
    ul(
      ['guaranteed funding for refugee protection;'],
      ['many more resettlement places;'],
      ['other safe and legal routes to admission.'],
    ),
  ],
}
