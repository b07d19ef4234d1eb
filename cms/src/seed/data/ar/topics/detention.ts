import type { SeedTopicTranslation } from '../../../types'

export const detention: SeedTopicTranslation = {
  name: 'الاعتقال',
  slug: 'الاعتقال',
  description: 'الاختفاء القسري والتعذيب والوفاة في الحجز داخل السجون السورية.',
}
