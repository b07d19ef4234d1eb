import { link, p, ul } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const brusselsConference: SeedPostTranslation = {
  slug: 'conference-de-bruxelles-les-droits-des-refugies',
  title: 'Conférence de Bruxelles : le soutien aux Syriens doit passer par les droits des réfugiés',
  excerpt:
    'Des ministres de plus de 70 pays se réunissent à Bruxelles pour recueillir des fonds destinés à la Syrie et à ses voisins. Les réfugiés ont besoin de plus que d’argent : il leur faut une protection et des endroits où aller.',
  hero: {
    alt: 'Illustration : des drapeaux devant un centre de conférences par un jour de pluie',
  },
  body: [
    p(
      'Des représentants de plus de 70 pays et organisations humanitaires se sont réunis aujourd’hui à Bruxelles pour la ',
      link(
        'conférence « Soutenir l’avenir de la Syrie et de la région »',
        'https://www.consilium.europa.eu/en/meetings/international-ministerial-meetings/2017/04/05/',
      ),
      '. À l’ordre du jour : des fonds et de l’aide pour les Syriens, à l’intérieur du pays comme dans les États voisins, ainsi que des plans de reconstruction pour le moment où une transition politique véritablement inclusive sera engagée.',
    ),
    p(
      'Il est encourageant de voir des gouvernements s’unir pour venir en aide aux Syriens qui ont fui la violence. Mais dans les pays d’accueil, les réfugiés peinent encore à obtenir des soins de santé, un emploi et une protection. Un véritable partage des responsabilités suppose :',
    ),
    ul(
      ['un financement garanti pour la protection des réfugiés ;'],
      ['beaucoup plus de places de réinstallation ;'],
      ['d’autres voies d’admission sûres et légales.'],
    ),
  ],
}
