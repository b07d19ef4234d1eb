import { p, ul } from '../../../richText'
import type { SeedActionTranslation } from '../../../types'

export const easternGhouta: SeedActionTranslation = {
  slug: 'mettez-fin-aux-attaques-contre-la-ghouta-orientale',
  title: 'Mettez fin aux attaques contre la Ghouta orientale',
  summary:
    'Quelque 400 000 civils sont pris au piège sous les bombes et le siège, aux portes de Damas. Demandez à la Syrie et à la Russie de cesser les attaques et de laisser entrer l’aide humanitaire.',
  ask: [
    p('Nous demandons aux gouvernements de la Syrie et de la Russie :'),
    ul(
      [
        'de mettre fin immédiatement à toutes les attaques contre les civils, les habitations, les hôpitaux et les marchés de la Ghouta orientale ;',
      ],
      [
        'de lever le siège afin que la nourriture, les médicaments et toute autre aide humanitaire puissent parvenir à la population assiégée ;',
      ],
      [
        'de permettre aux malades et aux blessés de sortir pour se faire soigner, et à toute personne qui souhaite partir de le faire en toute sécurité.',
      ],
    ),
    p(
      'La Ghouta orientale vit en état de siège depuis environ six ans. Rien qu’au cours du dernier mois, les bombardements ont tué des dizaines de personnes et en ont blessé des centaines d’autres.',
    ),
  ],
  targets: 'les gouvernements de la Syrie et de la Russie',
  shareText:
    'Dans la Ghouta orientale, des civils sont bombardés et affamés par le siège. J’ai signé pour dire à la Syrie et à la Russie : cessez les attaques et laissez entrer l’aide. Ajoutez votre nom :',
  thankYouText:
    'Merci de votre solidarité avec la population de la Ghouta orientale. La pression porte ses fruits quand elle se fait entendre haut et fort : partagez cette action pour que d’autres puissent signer à leur tour.',
  hero: {
    alt: 'Illustration : la silhouette d’une ville endommagée au crépuscule, sous un ciel chargé de fumée',
    caption: 'La Ghouta orientale, en bordure de Damas, est assiégée depuis quelque six ans.',
  },
}
