import { actionCallout, ol, p } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const refugeesInTheRegion: SeedPostTranslation = {
  slug: 'refugies-dans-la-region',
  title: 'Réfugiés dans la région : cinq pays accueillent 4,8 millions de Syriens',
  excerpt:
    'Plus de 4,8 millions de réfugiés syriens vivent dans seulement cinq pays. Pendant ce temps, les civils d’Alep ont toujours besoin de protection.',
  hero: {
    alt: 'Illustration : des rangées de tentes dans une vallée sous un ciel pâle',
  },
  body: [
    actionCallout('safe-evacuation-from-aleppo', 'Joignez-vous à l’appel pour protéger les civils d’Alep'),
    p('Plus de 4,8 millions de réfugiés syriens vivent dans seulement cinq pays :'),
    ol(['Turquie'], ['Liban'], ['Jordanie'], ['Irak'], ['Égypte']),
    p('Les pays plus riches et plus éloignés n’en ont accueilli qu’une petite part.'),
  ],
}
