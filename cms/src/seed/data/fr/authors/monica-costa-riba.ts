import type { SeedAuthorTranslation } from '../../../types'

export const monicaCostaRiba: SeedAuthorTranslation = {
  bio: 'Écrit sur les personnes réfugiées en situation de handicap et sur les routes qu’elles sont contraintes d’emprunter.',
}
