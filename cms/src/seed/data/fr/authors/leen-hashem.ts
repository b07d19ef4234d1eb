import type { SeedAuthorTranslation } from '../../../types'

export const leenHashem: SeedAuthorTranslation = {
  roleLine: 'Chargée de campagne sur la Syrie',
  bio: 'Fait campagne pour les droits des Syriens dans leur pays et des réfugiés dans les États voisins.',
}
