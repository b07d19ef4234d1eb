import type { SeedTopicTranslation } from '../../../types'

export const justice: SeedTopicTranslation = {
  name: 'العدالة والمساءلة',
  slug: 'العدالة-والمساءلة',
  description: 'الأدلة والقانون الدولي، والعمل الطويل والشاق لمحاسبة المسؤولين.',
}
