import type { SeedAuthor } from '../../types'

export const annaNeistat: SeedAuthor = {
  name: 'Anna Neistat',
  slug: 'anna-neistat',
  roleLine: 'Senior director for research, Amnesty International',
  bio: 'Directs research into violations in armed conflicts, including the battle for Aleppo.',
}
