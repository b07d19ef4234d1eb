import type { SeedTopicTranslation } from '../../../types'

export const justice: SeedTopicTranslation = {
  name: 'Justice et reddition de comptes',
  slug: 'justice-et-reddition-de-comptes',
  description:
    'Les preuves, le droit international et le long travail pour amener les responsables à rendre des comptes.',
}
