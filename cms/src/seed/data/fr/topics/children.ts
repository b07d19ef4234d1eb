import type { SeedTopicTranslation } from '../../../types'

export const children: SeedTopicTranslation = {
  name: 'Enfants',
  slug: 'enfants',
  description: 'Ce que représentent la guerre et la route vers la sécurité pour les enfants de Syrie.',
}
