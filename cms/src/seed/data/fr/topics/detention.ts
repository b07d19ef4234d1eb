import type { SeedTopicTranslation } from '../../../types'

export const detention: SeedTopicTranslation = {
  name: 'Détention',
  slug: 'detention',
  description: 'Disparitions forcées, torture et morts en détention dans les prisons syriennes.',
}
