import { p } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const truthAndRuleOfLaw: SeedPostTranslation = {
  slug: 'les-preuves-et-la-primaute-du-droit',
  title: 'Pourquoi les preuves et la primauté du droit comptent plus que jamais',
  excerpt:
    'Depuis Beyrouth, notre secrétaire général soutient qu’à une époque où l’on hausse les épaules devant les « fausses nouvelles », un droit fondé sur de véritables preuves est ce qui nous permet de distinguer le bien du mal.',
  hero: {
    alt: 'Illustration : des dossiers empilés sous une lampe de bureau',
  },
  body: [
    p('Salil Shetty a écrit ce billet depuis Beyrouth, au Liban.'),
    p(
      'La vérité elle-même est devenue un terrain d’affrontement, et des récits inventés sont parfois applaudis plutôt que condamnés. Dans un tel climat, la primauté du droit, qui repose sur des preuves vérifiables, devient non pas moins, mais plus essentielle.',
    ),
    p(
      'Le droit international des droits de la personne et le droit international humanitaire sont des normes établies de longue date. Ils nous donnent les mots pour expliquer en quoi ce dont nous sommes témoins est inacceptable, et les mécanismes juridiques pour amener les gouvernements à rendre des comptes et exiger qu’ils changent de cap.',
    ),
    p(
      'Quelle serait l’autre voie ? Affronter les plus grands défis du monde sans solidarité, sans obligation de rendre des comptes et sans engagement commun à défendre l’égalité des droits de chaque personne n’est pas une option sérieuse.',
    ),
  ],
}
