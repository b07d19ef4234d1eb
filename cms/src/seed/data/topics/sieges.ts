import type { SeedTopic } from '../../types'

export const sieges: SeedTopic = {
  name: 'Sieges and attacks on civilians',
  slug: 'sieges-and-attacks-on-civilians',
  description: 'Bombardment of homes, hospitals and markets, and sieges that keep food and medicine out.',
}
