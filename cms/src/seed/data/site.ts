import type { SeedSite } from '../types'

export const site: SeedSite = {
  name: 'Vigil',
  tagline: 'Standing with the people of Syria',
  menu: [
    { label: 'Latest', href: '/' },
    { label: 'Take action', href: '/actions' },
    { label: 'Syria', href: '/topics/syria' },
    { label: 'Refugees', href: '/topics/refugees' },
    { label: 'Search', href: '/search' },
  ],
  socials: [
    { network: 'x', url: 'https://x.com/example' },
    { network: 'facebook', url: 'https://www.facebook.com/example' },
    { network: 'instagram', url: 'https://www.instagram.com/example' },
  ],
  footer:
    'Vigil is a demonstration of campaign publishing for human-rights organisations. Its posts retell public reporting on Syria from 2016 to 2018 in our own words; images are illustrations drawn for the demo.',
  privacyUrl: '/privacy',
  // Made up for the demo (the .example domain is reserved for examples): an organisation puts its own.
  organisation: {
    legalName: 'Vigil Demonstration Society',
    mailingAddress: 'PO Box 1234, Station B\nOttawa ON  K1P 0A1\nCanada',
    contactEmail: 'hello@vigil.example',
    contactUrl: '/privacy',
    privacyOfficer: { name: 'Marie-Claire Tremblay', email: 'privacy@vigil.example' },
  },
}
