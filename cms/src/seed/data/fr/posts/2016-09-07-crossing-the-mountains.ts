import { p } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const crossingTheMountains: SeedPostTranslation = {
  slug: 'franchir-les-montagnes-a-cheval',
  title: 'Franchir les montagnes à cheval',
  excerpt:
    'Alan et Gyan, un frère et une sœur qui se déplacent en fauteuil roulant, sont passés d’Irak en Turquie attachés de part et d’autre d’un cheval.',
  hero: {
    alt: 'Illustration : un sentier de montagne escarpé et rocailleux aux premières lueurs du jour',
  },
  body: [
    p(
      'En février dernier, Alan Mohammad, 30 ans, et sa sœur Gyan, 28 ans, ont franchi des montagnes accidentées entre l’Irak et la Turquie, attachés de part et d’autre d’un cheval. Leur sœur cadette marchait devant et tenait l’animal par la bride.',
    ),
    p(
      'Derrière eux suivaient leur mère, leur frère et une autre sœur, qui poussaient les lourds fauteuils roulants sur un sentier abrupt, dépourvu de tout revêtement.',
    ),
  ],
}
