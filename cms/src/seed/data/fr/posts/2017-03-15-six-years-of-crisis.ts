import { h2, p, pullQuote } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const sixYearsOfCrisis: SeedPostTranslation = {
  slug: 'six-ans-de-crise-en-syrie',
  title: 'Six ans de crise en Syrie, et toujours pas de justice',
  excerpt:
    'Depuis le début des manifestations en mars 2011, toutes les parties au conflit ont commis de graves exactions. Les victimes attendent toujours que justice leur soit rendue.',
  hero: {
    alt: 'Illustration : un mur de prison percé d’une seule fenêtre à barreaux',
  },
  body: [
    pullQuote(
      'Il a été battu à coups de câble et forcé à s’agenouiller devant un portrait du président.',
      'Abou al-Najem, ancien détenu, décrivant le traitement subi en détention',
    ),
    p(
      'Six ans après le début des manifestations antigouvernementales, en mars 2011, la crise syrienne reste marquée par l’horreur et les effusions de sang, et celles et ceux qui en ont souffert n’ont obtenu aucune justice.',
    ),
    h2('Ce qu’ont fait les parties au conflit'),
    p(
      'Les forces gouvernementales syriennes, appuyées par la Russie, ont bombardé et attaqué des civils, faisant des milliers de morts et de blessés. Elles ont assiégé des zones civiles pendant de longues périodes, fait disparaître des dizaines de milliers de personnes, procédé à des exécutions extrajudiciaires et torturé systématiquement des détenus, causant un très grand nombre de morts en détention.',
    ),
    p(
      'Des groupes armés ont pilonné sans discernement et assiégé des zones habitées surtout par des civils, et ils ont enlevé, torturé et exécuté sommairement des personnes.',
    ),
  ],
}
