import type { SeedAuthorTranslation } from '../../../types'

export const annaNeistat: SeedAuthorTranslation = {
  roleLine: 'Directrice principale de la recherche, Amnistie internationale',
  bio: 'Dirige les recherches sur les violations commises dans les conflits armés, notamment lors de la bataille d’Alep.',
}
