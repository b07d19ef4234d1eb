import type { SeedTopic } from '../../types'

export const refugees: SeedTopic = {
  name: 'Refugees',
  slug: 'refugees',
  description: 'People forced to flee Syria, the countries hosting them, and the way the world shares responsibility.',
}
