import { h2, p } from '../../richText'
import type { SeedPost } from '../../types'

export const refugeeAssistanceMyth: SeedPost = {
  slug: 'the-myth-about-refugee-income-assistance',
  title: 'The myth about refugees and income assistance',
  publishedAt: '2016-03-25T10:00:00.000Z',
  authors: [],
  topics: ['refugees'],
  excerpt:
    'A chain email claims refugees get more support than Canadian pensioners. The Government of Canada and the Canadian Council for Refugees have shown it is false.',
  hero: {
    key: 'post-assistance-myth',
    alt: 'Illustration: an envelope and a phone showing a forwarded message',
    palette: ['#2f3e46', '#84a98c', '#cad2c5'],
    motif: 'paper',
  },
  body: [
    p(
      'For several years an angry letter has done the rounds by email and on social media, claiming that refugees receive far more income assistance than Canadian pensioners and inviting readers to pass on the outrage. The Government of Canada and the Canadian Council for Refugees (CCR) have both shown the claims to be false.',
    ),
    h2('One family’s story'),
    p(
      'Take the Cholokian family. Mania, her spouse Asved and their two sons reached Canada on 31 December 2015 as privately sponsored refugees, after fleeing the violence in Syria and spending three years as refugees in Lebanon. They will receive no government assistance at all, either from Canada or from British Columbia, their new home province.',
    ),
    h2('The facts'),
    p(
      'As the CCR puts it, refugees arrive in Canada by different routes, but whichever route they take, the income support they get from government is very limited.',
    ),
  ],
}
