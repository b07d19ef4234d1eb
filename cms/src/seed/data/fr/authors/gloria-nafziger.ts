import type { SeedAuthorTranslation } from '../../../types'

export const gloriaNafziger: SeedAuthorTranslation = {
  roleLine: 'Coordonnatrice pour les réfugiés, Amnistie internationale Canada',
  bio: 'Coordonne le travail auprès des réfugiés au Canada, du parrainage privé aux mythes répandus sur l’aide qui leur est accordée.',
}
