import type { SeedTopic } from '../../types'

export const children: SeedTopic = {
  name: 'Children',
  slug: 'children',
  description: 'What the war and the journey to safety mean for Syria’s children.',
}
