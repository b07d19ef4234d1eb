import { actionCallout, p } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const aleppoNeverAgain: SeedPostTranslation = {
  slug: 'a-alep-la-promesse-du-plus-jamais-ca',
  title: 'À Alep, la promesse du « plus jamais ça » est étouffée',
  excerpt:
    'Dix-sept ans après les excuses de l’ONU pour avoir failli envers le Rwanda, le monde regarde des enfants d’Alep être retirés des décombres.',
  hero: {
    alt: 'Illustration : une rue en ruine à Alep sous un ciel brumeux',
    caption: 'Alep, Syrie.',
  },
  body: [
    p(
      'Il y a dix-sept ans, Kofi Annan, alors secrétaire général de l’ONU, a reconnu que les Nations Unies avaient failli envers la population du Rwanda lors d’un génocide qui a fait près d’un million de morts en 100 jours. Il s’est engagé à ce que l’ONU ne manque plus jamais à son devoir de protéger les civils contre le génocide ou les massacres de masse.',
    ),
    p(
      'Aujourd’hui, à Alep, cet engagement est inaudible sous le fracas des bombes et les cris des enfants pris au piège sous les immeubles effondrés. Après des années d’images de cette guerre, leurs visages nous sont devenus douloureusement familiers.',
    ),
    actionCallout('safe-evacuation-from-aleppo', 'Agissez : exigez que l’évacuation d’Alep se fasse en toute sécurité'),
  ],
  externalLink: { url: 'https://www.amnesty.org/en/latest/news/', publication: 'Amnistie internationale' },
}
