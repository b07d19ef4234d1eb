import type { SeedAuthorTranslation } from '../../../types'

export const salilShetty: SeedAuthorTranslation = {
  roleLine: 'Secrétaire général, Amnistie internationale',
  bio: 'A dirigé le Secrétariat international du mouvement et a écrit depuis la région pendant la crise syrienne.',
}
