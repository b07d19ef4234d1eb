import { p } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const lesvosChildren: SeedPostTranslation = {
  slug: 'ce-qui-attend-les-enfants-syriens-en-europe',
  title: 'Ce qui attend les enfants syriens à leur arrivée en Europe',
  excerpt:
    'L’image d’Omran Daqneesh, cinq ans, montre pourquoi les familles fuient. À Lesbos, un enfant qui survit au voyage peut se retrouver en détention.',
  hero: {
    alt: 'Illustration : un rivage bordé d’une clôture, avec la mer au loin',
  },
  body: [
    p(
      'La photo d’Omran Daqneesh, cinq ans, hébété et ensanglanté dans une ambulance après avoir été tiré des décombres de sa maison, fait aisément comprendre pourquoi des parents entreprennent avec leurs enfants le long et périlleux voyage vers l’Europe.',
    ),
    p('Pourtant, un enfant comme Omran qui survivrait à ce voyage ne verrait pas pour autant la fin de son calvaire.'),
    p(
      'Sur l’île grecque de Lesbos, dans un centre de détention, notre auteure a rencontré Ahmed, un bambin d’un an malade pendant presque toute sa courte vie. Selon sa mère, une bombe a détruit leur maison peu après sa naissance et lui a laissé des éclats d’obus dans le cou ; il a ensuite développé un asthme sévère et d’autres symptômes correspondant à l’inhalation de chlore gazeux. Près d’un an après le bombardement, ses cicatrices étaient encore visibles et il peinait à respirer.',
    ),
  ],
}
