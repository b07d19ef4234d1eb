import type { SeedTopicTranslation } from '../../../types'

export const refugees: SeedTopicTranslation = {
  name: 'اللاجئون',
  slug: 'اللاجئون',
  description: 'من اضطروا إلى الفرار من سوريا، والدول التي تستضيفهم، وكيف يتقاسم العالم المسؤولية تجاههم.',
}
