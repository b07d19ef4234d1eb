import { actionCallout, p } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const easternGhoutaAction: SeedPostTranslation = {
  slug: 'agissez-pour-la-ghouta-orientale',
  title: 'Agissez : la population de la Ghouta orientale ne peut pas fuir',
  excerpt:
    'Prisonniers d’un siège qui dure depuis six ans et bombardés par leur propre gouvernement, les civils de la Ghouta orientale n’ont nulle part où aller. Ajoutez votre nom pour exiger la fin des attaques.',
  hero: {
    alt: 'Illustration : une rue commerçante déserte aux étals fermés sous un ciel gris',
  },
  body: [
    p(
      'Avec l’appui de la Russie, le gouvernement syrien bombarde sa propre population dans la Ghouta orientale. Au cours du dernier mois, des dizaines de personnes ont été tuées et des centaines d’autres blessées dans cette zone assiégée depuis environ six ans.',
    ),
    p(
      'Personne ne peut en sortir pour se mettre à l’abri, et ni la nourriture ni les fournitures médicales ne peuvent y entrer. Des enfants et des personnes âgées meurent de malnutrition et faute de médicaments. Ces attaques incessantes constituent un crime de guerre flagrant.',
    ),
    p(
      'La pression de la population a contribué à attirer l’attention du monde sur Alep. Les habitants de la Ghouta orientale, aujourd’hui sous les bombes, ont besoin de la même mobilisation.',
    ),
    actionCallout('stop-the-attacks-on-eastern-ghouta'),
    p(
      'Après avoir signé, faites circuler l’action. Un message vous est proposé sur la page de remerciement, mais vous pouvez aussi rédiger le vôtre, dans vos propres mots.',
    ),
  ],
}
