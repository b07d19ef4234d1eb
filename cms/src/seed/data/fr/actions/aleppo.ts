import { p } from '../../../richText'
import type { SeedActionTranslation } from '../../../types'

export const aleppo: SeedActionTranslation = {
  slug: 'laissez-la-population-d-alep-partir-en-securite',
  title: 'Laissez la population d’Alep partir en sécurité',
  summary:
    'Dans l’est d’Alep, des civils se sont retrouvés pris au piège à mesure que les combats se rapprochaient. Nous avons demandé à la Russie, à la Syrie et à l’Iran de les protéger et de permettre leur évacuation en toute sécurité.',
  ask: [
    p(
      'Nous avons demandé aux gouvernements de la Russie, de la Syrie et de l’Iran de protéger les civils d’Alep, de permettre à celles et ceux qui le souhaitaient de partir en toute sécurité et de laisser entrer des observateurs indépendants.',
    ),
    p(
      'Cette action est maintenant terminée. Le 22 décembre 2016, les évacuations étaient presque achevées et le Conseil de sécurité de l’ONU avait accepté d’envoyer des observateurs. Merci à toutes les personnes qui ont signé.',
    ),
  ],
  targets: 'les gouvernements de la Russie, de la Syrie et de l’Iran',
  shareText:
    'Les civils d’Alep ont besoin d’un passage sûr, dès maintenant. J’ai signé pour exiger de la Russie, de la Syrie et de l’Iran qu’ils les protègent. Joignez-vous à moi :',
  thankYouText: 'Merci. Chaque signature est venue renforcer la pression qui a aidé les civils à quitter Alep.',
  hero: {
    alt: 'Illustration : une file de personnes s’éloignant d’une ville en ruine à l’aube',
    caption: 'Évacuations de l’est d’Alep, décembre 2016.',
  },
}
