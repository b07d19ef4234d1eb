import { h2, p } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const refugeeAssistanceMyth: SeedPostTranslation = {
  slug: 'refugies-et-aide-au-revenu-un-mythe-tenace',
  title: 'Réfugiés et aide au revenu : un mythe tenace',
  excerpt:
    'Un courriel en chaîne prétend que les réfugiés reçoivent plus d’aide que les retraités canadiens. Le gouvernement du Canada et le Conseil canadien pour les réfugiés ont démontré que c’est faux.',
  hero: {
    alt: 'Illustration : une enveloppe et un téléphone affichant un message transféré',
  },
  body: [
    p(
      'Depuis plusieurs années, une lettre indignée circule par courriel et dans les médias sociaux. Elle affirme que les réfugiés touchent une aide au revenu bien supérieure à celle des retraités canadiens et invite les lecteurs à relayer leur indignation. Le gouvernement du Canada et le Conseil canadien pour les réfugiés (CCR) ont tous deux démontré que ces affirmations sont fausses.',
    ),
    h2('L’histoire d’une famille'),
    p(
      'Prenons l’exemple de la famille Cholokian. Mania, son conjoint Asved et leurs deux fils sont arrivés au Canada le 31 décembre 2015 à titre de réfugiés parrainés par le secteur privé, après avoir fui la violence en Syrie et passé trois ans comme réfugiés au Liban. Ils ne recevront aucune aide gouvernementale, ni du Canada ni de la Colombie-Britannique, leur nouvelle province d’accueil.',
    ),
    h2('Les faits'),
    p(
      'Comme le souligne le CCR, les réfugiés arrivent au Canada par différentes voies, mais quelle que soit celle qu’ils empruntent, le soutien du revenu qu’ils reçoivent des gouvernements est très limité.',
    ),
  ],
}
