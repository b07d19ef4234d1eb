import { h2, p, pullQuote } from '../../richText'
import type { SeedPost } from '../../types'

export const sixYearsOfCrisis: SeedPost = {
  slug: 'six-years-of-crisis-in-syria',
  title: 'Six years of crisis in Syria, and still no justice',
  publishedAt: '2017-03-15T08:00:00.000Z',
  authors: [],
  topics: ['syria', 'detention', 'justice-and-accountability'],
  excerpt:
    'Since protests began in March 2011, all parties to the conflict have committed grave abuses. Victims are still waiting for justice.',
  hero: {
    key: 'post-six-years',
    alt: 'Illustration: a prison wall with a single barred window',
    palette: ['#191919', '#4a4a4a', '#b8b0a0'],
    motif: 'paper',
  },
  body: [
    pullQuote(
      'He was beaten with cables and made to kneel in front of a portrait of the president.',
      'Abu al-Najem, a former detainee, describing his treatment in custody',
    ),
    p(
      'Six years after anti-government protests broke out in March 2011, Syria’s crisis has been defined by horror and bloodshed, and the people who suffered have seen no justice.',
    ),
    h2('What the parties to the conflict have done'),
    p(
      'Syrian government forces, supported by Russia, have bombed and attacked civilians, killing and wounding thousands. They have besieged civilian areas for long periods, made tens of thousands of people disappear, carried out extrajudicial executions and tortured detainees systematically, causing a great many deaths in custody.',
    ),
    p(
      'Armed groups have shelled and besieged mostly civilian areas without discrimination, and have abducted, tortured and summarily killed people.',
    ),
  ],
}
