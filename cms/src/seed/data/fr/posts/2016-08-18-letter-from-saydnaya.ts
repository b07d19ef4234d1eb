import { p, pullQuote } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const letterFromSaydnaya: SeedPostTranslation = {
  slug: 'une-lettre-de-saidnaya',
  title: 'Une lettre de Saidnaya',
  excerpt:
    'Un militant pacifique qui a survécu à 20 mois dans l’une des prisons les plus brutales de Syrie a pris la plume pour décrire ce qu’il appelle un enfer quotidien.',
  hero: {
    alt: 'Illustration : un couloir sombre et un mince filet de lumière sous une porte',
  },
  body: [
    p(
      'Houssam (nom fictif) est un militant pacifique qui a survécu à 20 mois de détention dans la prison de Saidnaya. Aujourd’hui détenu ailleurs, il a écrit une lettre pour tenter de faire comprendre l’enfer quotidien qu’il y a vécu. Nous la résumons ici.',
    ),
    pullQuote(
      'Ce n’est ni un récit ni un appel à la pitié. Depuis des sous-sols qui ne voient jamais la lumière du jour, nous lançons un cri dans l’espoir que quelqu’un y réponde : faites cesser cette hémorragie qui vide la Syrie de ses jeunes vies dans les prisons d’el-Assad.',
      'Houssam, ancien détenu de Saidnaya, dans sa lettre',
    ),
    p(
      'Il écrit que les jeunes hommes et les jeunes femmes qui y sont détenus n’ont pas leur place dans ces cellules, et qu’ils ne sont pas nés pour n’être que des noms sur une liste ou pour alimenter un brasier de vengeance, simplement parce qu’ils ont rêvé d’un pays qui respecte leurs droits.',
    ),
  ],
}
