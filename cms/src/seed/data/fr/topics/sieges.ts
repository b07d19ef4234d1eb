import type { SeedTopicTranslation } from '../../../types'

export const sieges: SeedTopicTranslation = {
  name: 'Sièges et attaques contre les civils',
  slug: 'sieges-et-attaques-contre-les-civils',
  description:
    'Bombardements d’habitations, d’hôpitaux et de marchés, et sièges qui empêchent la nourriture et les médicaments d’entrer.',
}
