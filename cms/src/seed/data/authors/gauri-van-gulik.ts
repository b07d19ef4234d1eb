import type { SeedAuthor } from '../../types'

export const gauriVanGulik: SeedAuthor = {
  name: 'Gauri van Gulik',
  slug: 'gauri-van-gulik',
  bio: 'Reports on what awaits refugee families once they reach Europe.',
}
