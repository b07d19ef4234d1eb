import type { SeedTopic } from '../../types'

export const detention: SeedTopic = {
  name: 'Detention',
  slug: 'detention',
  description: 'Enforced disappearances, torture and deaths in custody in Syria’s prisons.',
}
