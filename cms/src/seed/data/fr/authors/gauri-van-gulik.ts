import type { SeedAuthorTranslation } from '../../../types'

export const gauriVanGulik: SeedAuthorTranslation = {
  bio: 'Rend compte de ce qui attend les familles réfugiées une fois arrivées en Europe.',
}
