import type { GroupField } from 'payload'
import { linkField } from './link'

// Who asks for consent and sends the mail, as Canada's anti-spam law (CASL) wants every message to
// say and Québec's Law 25 wants the privacy page to say: the organisation's legal name, a mailing
// address, a way to reach it, and the person responsible for personal information. Not localized:
// a legal name and an address are the same facts in every language.
export const organisationField: GroupField = {
  name: 'organisation',
  label: { en: 'Organisation (sender identification)', fr: 'Organisme (identification de l’expéditeur)' },
  type: 'group',
  admin: {
    description: {
      en: 'Every email names who sent it and how to reach them, and the privacy page names the person responsible for personal information. Vigil sends no consent-based email until the name, mailing address and contact email are filled in.',
      fr: 'Chaque courriel indique qui l’envoie et comment le joindre, et la page de confidentialité nomme la personne responsable des renseignements personnels. Vigil n’envoie aucun courriel fondé sur le consentement tant que le nom, l’adresse postale et le courriel de contact ne sont pas remplis.',
    },
  },
  fields: [
    {
      name: 'legalName',
      label: { en: 'Legal name', fr: 'Dénomination légale' },
      type: 'text',
      maxLength: 200,
    },
    {
      name: 'mailingAddress',
      label: { en: 'Mailing address', fr: 'Adresse postale' },
      type: 'textarea',
      maxLength: 500,
    },
    {
      type: 'row',
      fields: [
        { name: 'contactEmail', label: { en: 'Contact email', fr: 'Courriel de contact' }, type: 'email' },
        linkField({ name: 'contactUrl', label: { en: 'Contact page', fr: 'Page de contact' } }),
      ],
    },
    {
      name: 'privacyOfficer',
      label: {
        en: 'Person responsible for personal information',
        fr: 'Personne responsable de la protection des renseignements personnels',
      },
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', label: { en: 'Name or title', fr: 'Nom ou titre' }, type: 'text', maxLength: 200 },
            { name: 'email', label: { en: 'Email', fr: 'Courriel' }, type: 'email' },
          ],
        },
      ],
    },
  ],
}
