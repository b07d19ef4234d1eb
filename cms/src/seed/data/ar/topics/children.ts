import type { SeedTopicTranslation } from '../../../types'

export const children: SeedTopicTranslation = {
  name: 'الأطفال',
  slug: 'الأطفال',
  description: 'ما تعنيه الحرب ورحلة البحث عن الأمان لأطفال سوريا.',
}
