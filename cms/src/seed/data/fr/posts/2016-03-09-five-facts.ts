import { ol, p } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const fiveFacts: SeedPostTranslation = {
  slug: 'la-syrie-cinq-ans-apres-les-faits',
  title: 'La Syrie cinq ans après : les faits',
  excerpt:
    'Lorsque le gouvernement de Bachar el-Assad a écrasé les manifestations de masse en mars 2011, il a déclenché le pire conflit armé de la région. Voici ce que ces cinq années ont coûté.',
  hero: {
    alt: 'Illustration : un motif évoquant une carte, avec des routes et des rivières aux couleurs sourdes',
  },
  body: [
    p(
      'Il y a cinq ans, le gouvernement de Bachar el-Assad réprimait violemment les manifestations de masse amorcées le 15 mars 2011. Sa riposte a déclenché le conflit armé le plus grave qu’ait connu la région.',
    ),
    ol(
      ['Plus de 250 000 personnes ont été tuées, selon l’ONU. Les crimes de guerre et les crimes contre l’humanité sont généralisés.'],
      [
        'Plus de 11 millions de personnes ont été chassées de leur foyer : environ 7 millions à l’intérieur de la Syrie et plus de 4 millions à l’étranger, surtout en Turquie, au Liban et en Jordanie. Des dizaines de milliers d’autres ont aussi fui vers l’Europe, souvent au péril de leur vie.',
      ],
      [
        'Les forces gouvernementales ont, à maintes reprises, pilonné et bombardé des zones civiles au moyen d’armes frappant sans discrimination, comme les barils d’explosifs, attaqué des hôpitaux et du personnel médical, et assiégé pendant de longues périodes des secteurs tenus par l’opposition, les privant de nourriture et de médicaments. Médecins pour les droits de l’homme a recensé 112 attaques contre des établissements de santé pour la seule année 2015, la plupart commises par les forces gouvernementales.',
      ],
    ),
  ],
}
