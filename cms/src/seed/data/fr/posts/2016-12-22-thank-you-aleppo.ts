import { image, p } from '../../../richText'
import type { SeedPostTranslation } from '../../../types'

export const thankYouAleppo: SeedPostTranslation = {
  slug: 'merci-vos-actions-pour-alep-ont-porte-leurs-fruits',
  title: 'Merci : vos actions pour Alep ont porté leurs fruits',
  excerpt:
    'Les évacuations d’Alep sont presque terminées, des observateurs de l’ONU sont en route et l’Assemblée générale a créé un mécanisme pour que les responsables rendent des comptes.',
  hero: {
    alt: 'Illustration : des personnes rassemblées près d’autobus à un point d’évacuation',
    caption: 'Des Syriens rassemblés lors d’une évacuation à Alep.',
  },
  images: {
    'post-thank-you-aleppo-buses': {
      alt: 'Illustration : une file d’autobus sur une route qui quitte une ville en ruine',
      caption: 'Des autobus attendent d’évacuer la population d’Alep-Est, en décembre 2016.',
    },
  },
  body: [
    p(
      'Au cours de la dernière semaine, des centaines de milliers de sympathisants partout dans le monde se sont mobilisés face à la crise en Syrie. Merci.',
    ),
    p(
      'Les évacuations d’Alep sont presque terminées, et le Conseil de sécurité de l’ONU a accepté de déployer sans délai des observateurs sur le terrain. Rien de tout cela ne serait arrivé sans des gens comme vous : chacune de vos actions a contribué à réclamer la protection des civils d’Alep.',
    ),
    image('post-thank-you-aleppo-buses', 'Des autobus d’évacuation quittent Alep-Est.'),
    p(
      'Nous avons aussi une avancée majeure à vous annoncer. Le 20 décembre, l’Assemblée générale de l’ONU a voté la création d’un mécanisme international indépendant chargé d’amener les auteurs de crimes de guerre et de crimes contre l’humanité commis en Syrie depuis mars 2011 à rendre des comptes. C’est un premier pas vers la justice pour des milliers de victimes.',
    ),
  ],
}
