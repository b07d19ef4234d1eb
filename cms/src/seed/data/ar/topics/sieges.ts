import type { SeedTopicTranslation } from '../../../types'

export const sieges: SeedTopicTranslation = {
  name: 'الحصار والهجمات على المدنيين',
  slug: 'الحصار-والهجمات-على-المدنيين',
  description: 'قصف المنازل والمستشفيات والأسواق، وحصار يمنع دخول الغذاء والدواء.',
}
