import type { SeedTopicTranslation } from '../../../types'

export const syria: SeedTopicTranslation = {
  name: 'Syrie',
  slug: 'syrie',
  description: 'Le conflit né de la répression des manifestations en mars 2011, et la population qui le traverse.',
}
