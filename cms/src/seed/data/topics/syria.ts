import type { SeedTopic } from '../../types'

export const syria: SeedTopic = {
  name: 'Syria',
  slug: 'syria',
  description: 'The conflict that began with the crackdown on protests in March 2011, and the people living through it.',
}
