import type { SeedTopicTranslation } from '../../../types'

export const syria: SeedTopicTranslation = {
  name: 'سوريا',
  slug: 'سوريا',
  description: 'النزاع الذي اندلع مع قمع الاحتجاجات في مارس/آذار ٢٠١١، والناس الذين يعيشون ويلاته.',
}
