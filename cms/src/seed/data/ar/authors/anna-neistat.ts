import type { SeedAuthorTranslation } from '../../../types'

export const annaNeistat: SeedAuthorTranslation = {
  roleLine: 'المديرة الأولى للأبحاث، منظمة العفو الدولية',
  bio: 'تدير الأبحاث المتعلقة بالانتهاكات المرتكبة في النزاعات المسلحة، ومنها معركة حلب.',
}
