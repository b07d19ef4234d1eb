import { p, pullQuote } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const fiveYearsOfHorror: SeedPostTranslation = {
  slug: 'cinq-ans-d-horreur-et-de-sang-en-syrie',
  title: 'Cinq ans d’horreur et de sang en Syrie',
  excerpt:
    'Depuis le début des manifestations, le 15 mars 2011, les crimes de guerre et les crimes contre l’humanité ont submergé la Syrie, causant des souffrances d’une ampleur immense.',
  hero: {
    alt: 'Illustration : un immeuble d’habitation éventré par les bombes sous un ciel rouge du soir',
  },
  body: [
    p(
      'Cinq années d’exactions effroyables, dont des crimes de guerre et des crimes contre l’humanité, ont causé en Syrie des souffrances humaines d’une ampleur considérable. Les manifestations contre le gouvernement ont commencé le 15 mars 2011.',
    ),
    pullQuote(
      'Dès les premiers coups de feu tirés sur des manifestants pacifiques, la cruauté envers les civils a marqué cette crise. Les forces gouvernementales ont commis des crimes contre l’humanité en larguant des barils d’explosifs sur des zones civiles, en faisant disparaître des gens en masse et en pratiquant la torture à une échelle industrielle, tandis que des groupes armés comme l’État islamique ont profité de l’attention du monde pour diffuser leurs propres crimes de guerre.',
      'Salil Shetty, secrétaire général d’Amnistie internationale',
    ),
  ],
}
