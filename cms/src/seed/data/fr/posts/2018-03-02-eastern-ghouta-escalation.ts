import { actionCallout, h2, p, pullQuote } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const easternGhoutaEscalation: SeedPostTranslation = {
  slug: 'les-bombardements-s-intensifient-sur-la-ghouta-orientale',
  title: 'Les bombardements s’intensifient sur la Ghouta orientale',
  excerpt:
    'Après six ans de siège, les forces gouvernementales syriennes et leurs alliés russes ont intensifié le pilonnage d’une enclave où vivent 400 000 civils.',
  hero: {
    alt: 'Illustration : de la fumée s’élève au-dessus de bâtiments bas en périphérie d’une ville',
    caption: 'La Ghouta orientale se trouve à quelques kilomètres du centre de Damas.',
  },
  body: [
    pullQuote(
      'Les mots ne suffisent pas à décrire à quel point la situation est terrible dans la Ghouta orientale. À quelques minutes de route, dans la capitale, on ne manque de rien, et pourtant, ici, les enfants meurent parce qu’ils n’ont pas assez à manger.',
      'Un pédiatre de la Ghouta orientale, le 16 février 2018',
    ),
    h2('Une escalade des attaques'),
    p(
      'Le gouvernement syrien, appuyé par la Russie, a intensifié ses bombardements sur la Ghouta orientale, un secteur de la campagne de Damas où vivent quelque 400 000 civils. Au cours du dernier mois, les attaques ont fait des dizaines de morts et des centaines de blessés.',
    ),
    p(
      'Cette escalade survient après six ans d’un siège qui a piégé les habitants sous des attaques presque quotidiennes. Bombarder ainsi, de manière délibérée, une population civile assiégée constitue un crime de guerre flagrant.',
    ),
    actionCallout('stop-the-attacks-on-eastern-ghouta', 'Signez maintenant : faites cesser les attaques'),
  ],
}
