import type { SeedTopic } from '../../types'

export const justice: SeedTopic = {
  name: 'Justice and accountability',
  slug: 'justice-and-accountability',
  description: 'Evidence, international law and the slow work of holding those responsible to account.',
}
