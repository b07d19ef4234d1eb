import type { SeedSiteTranslation } from '../../types'

export const site: SeedSiteTranslation = {
  name: 'Vigil',
  tagline: 'Aux côtés de la population syrienne',
  menu: [
    { label: 'À la une', href: '/fr/' },
    { label: 'Agir', href: '/fr/actions/' },
    { label: 'Syrie', href: '/fr/topics/syrie/' },
    { label: 'Réfugiés', href: '/fr/topics/refugies/' },
    { label: 'Recherche', href: '/fr/search/' },
  ],
  footer:
    'Vigil est une démonstration de publication de campagnes pour les organisations de défense des droits de la personne. Ses articles relatent dans nos propres mots des informations publiques sur la Syrie parues de 2016 à 2018 ; les images sont des illustrations dessinées pour la démonstration.',
  privacyUrl: '/fr/privacy/',
}
