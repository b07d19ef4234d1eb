import type { SeedAuthor } from '../../types'

export const monicaCostaRiba: SeedAuthor = {
  name: 'Monica Costa Riba',
  slug: 'monica-costa-riba',
  bio: 'Writes about refugees with disabilities and the routes they are forced to take.',
}
