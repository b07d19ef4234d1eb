import { p } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const noRightsLeftBehind: SeedPostTranslation = {
  slug: 'aucun-droit-laisse-pour-compte',
  title: 'Journée mondiale des réfugiés : aucun droit laissé pour compte',
  excerpt:
    'Devenir réfugié ne devrait jamais signifier laisser ses droits à la frontière. En cette Journée mondiale des réfugiés, un appel à mobiliser des défenseurs, à prévenir et à se montrer solidaires.',
  hero: {
    alt: 'Illustration : une valise posée seule sur une route déserte',
  },
  body: [
    p(
      'Une personne réfugiée est une personne qui n’est pas chez elle et, trop souvent, une personne qui a dû abandonner ses droits, comme tout le reste.',
    ),
    p(
      'Notre tâche consiste à veiller à ce que les droits de personne ne soient laissés pour compte : grâce à des défenseurs engagés, à la prévention, à la solidarité, aux droits et à l’autonomisation.',
    ),
  ],
}
