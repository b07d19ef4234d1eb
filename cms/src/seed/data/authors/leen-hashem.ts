import type { SeedAuthor } from '../../types'

export const leenHashem: SeedAuthor = {
  name: 'Leen Hashem',
  slug: 'leen-hashem',
  roleLine: 'Syria campaigner',
  bio: 'Campaigns for the rights of Syrians inside the country and of refugees in neighbouring states.',
}
