import type { SeedAuthor } from '../../types'

export const gloriaNafziger: SeedAuthor = {
  name: 'Gloria Nafziger',
  slug: 'gloria-nafziger',
  roleLine: 'Refugee coordinator, Amnesty International Canada',
  bio: 'Coordinates refugee work in Canada, from private sponsorship to public myths about assistance.',
  socials: [{ network: 'x', handle: '@refugeescanada' }],
}
