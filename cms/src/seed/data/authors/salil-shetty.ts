import type { SeedAuthor } from '../../types'

export const salilShetty: SeedAuthor = {
  name: 'Salil Shetty',
  slug: 'salil-shetty',
  roleLine: 'Secretary General, Amnesty International',
  bio: 'Led the movement’s international secretariat and wrote from the region during the Syria crisis.',
  socials: [{ network: 'x', handle: '@SalilShetty' }],
}
