import type { SeedAuthorTranslation } from '../../../types'

export const monicaCostaRiba: SeedAuthorTranslation = {
  bio: 'تكتب عن اللاجئين ذوي الإعاقة والطرق التي يضطرون إلى سلوكها.',
}
