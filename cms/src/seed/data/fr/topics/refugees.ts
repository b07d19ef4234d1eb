import type { SeedTopicTranslation } from '../../../types'

export const refugees: SeedTopicTranslation = {
  name: 'Réfugiés',
  slug: 'refugies',
  description:
    'Les personnes forcées de fuir la Syrie, les pays qui les accueillent et la façon dont le monde se partage la responsabilité.',
}
