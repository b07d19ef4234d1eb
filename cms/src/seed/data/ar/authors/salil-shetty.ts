import type { SeedAuthorTranslation } from '../../../types'

export const salilShetty: SeedAuthorTranslation = {
  roleLine: 'الأمين العام لمنظمة العفو الدولية',
  bio: 'قاد الأمانة الدولية للحركة، وكتب من المنطقة خلال الأزمة السورية.',
}
