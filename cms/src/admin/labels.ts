// The admin's words for our own collections and fields, in each language it speaks
// (payload.config.ts `i18n.supportedLanguages`): Payload shows each editor the one they chose
// in their account, and English where a language is missing. Pairs used in more than one place
// are here; the others stay beside their field. French is Canadian French (OQLF typography: a
// non-breaking space before « : ; ! ? » and inside « »).

/** The languages of the admin's interface (not the site's content languages). */
export type AdminLanguage = 'en' | 'fr'

/** A label or description in every language of the admin (Payload's StaticLabel). */
export type Label = Readonly<Record<AdminLanguage, string>>

// Groups in the admin's navigation (and the posts' first tab).
export const CONTENT: Label = { en: 'Content', fr: 'Contenu' }
export const CAMPAIGNS: Label = { en: 'Campaigns', fr: 'Campagnes' }
export const SETTINGS: Label = { en: 'Settings', fr: 'Paramètres' }

// Collections, as their own names and as the fields that point to them.
export const ACTION: Label = { en: 'Action', fr: 'Action' }
export const AUTHORS: Label = { en: 'Authors', fr: 'Auteurs' }
export const SIGNATURES: Label = { en: 'Signatures', fr: 'Signatures' }
export const TOPICS: Label = { en: 'Topics', fr: 'Sujets' }

// Fields several collections have.
export const TITLE: Label = { en: 'Title', fr: 'Titre' }
export const NAME: Label = { en: 'Name', fr: 'Nom' }
export const DESCRIPTION: Label = { en: 'Description', fr: 'Description' }
export const HERO_IMAGE: Label = { en: 'Hero image', fr: 'Image principale' }
export const PUBLISHED_AT: Label = { en: 'Publication date', fr: 'Date de publication' }
export const CAPTION: Label = { en: 'Caption', fr: 'Légende' }
export const CREDIT: Label = { en: 'Credit', fr: 'Crédit' }
export const LINK: Label = { en: 'Link', fr: 'Lien' }
export const SEO: Label = { en: 'SEO', fr: 'Référencement' }

// An action's wording for agreeing to campaign news by email, and a signature's answer to it.
export const CONSENT_TO_UPDATES: Label = { en: 'Consent to updates', fr: 'Consentement aux nouvelles' }

/** The description of a link that must be a full web address. */
export const WEB_ADDRESS: Label = { en: 'https://…', fr: 'https://…' }
