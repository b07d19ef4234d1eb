import { catalogue } from './catalogue/index.ts'
import { en } from './catalogue/en.ts'
import { DEFAULT_LOCALE, type Locale } from './locales.ts'
import { countries } from './countries.ts'

// The one petition form: its fields, their limits, and every word it, the CMS's no-JavaScript
// error page and the thank-you and share UI show. The site's island and the CMS's page both render
// from here, and the schema (petition.ts) checks the same limits. The words live in one object so
// that a language catalogue can replace it whole.

/** The longest value each field accepts, in the form, the schema and the stored signature. */
export const PETITION_LIMITS = {
  name: 120,
  email: 254,
  postalCode: 16,
  /** utm_source, utm_medium, utm_campaign: they come from links anyone can write. */
  campaignTag: 100,
  /** The signature's language: a locale code (older signatures hold the browser's BCP 47 tag). */
  locale: 35,
} as const

/** The form's words in English; each language's are in its catalogue (catalogue/). */
export const PETITION_TEXT = en.petition

/** A field the signer fills in. */
export interface PetitionField {
  name: 'name' | 'email' | 'country' | 'postalCode'
  label: string
  /** An input's type; a field with `choices` is a select instead. */
  type: 'text' | 'email'
  /** The `autocomplete` token that lets the browser fill it in. */
  autocomplete: string
  required: boolean
  maxLength?: number
  /** [value, label] pairs, the first an empty "choose" option: set for a select. */
  choices?: readonly (readonly [string, string])[]
}

/** The fields the signer fills in, in the order the form shows them, in a language's words. */
export function petitionFields(locale: Locale = DEFAULT_LOCALE): readonly PetitionField[] {
  const text = catalogue(locale).petition
  return [
    {
      name: 'name',
      label: text.labels.name,
      type: 'text',
      autocomplete: 'name',
      required: true,
      maxLength: PETITION_LIMITS.name,
    },
    {
      name: 'email',
      label: text.labels.email,
      type: 'email',
      autocomplete: 'email',
      required: true,
      maxLength: PETITION_LIMITS.email,
    },
    {
      name: 'country',
      label: text.labels.country,
      type: 'text',
      autocomplete: 'country',
      required: true,
      choices: [['', text.chooseCountry], ...countries(locale)],
    },
    {
      name: 'postalCode',
      label: text.labels.postalCode,
      type: 'text',
      autocomplete: 'postal-code',
      required: false,
      maxLength: PETITION_LIMITS.postalCode,
    },
  ]
}

/** The fields in English. */
export const PETITION_FIELDS: readonly PetitionField[] = petitionFields(DEFAULT_LOCALE)

/** The id of the message beside a field with a problem, which the field names as its description. */
export const problemId = (field: string) => `${field}-error`

/** The box that asks for updates: unticked unless the signer ticks it. */
export const CONSENT_FIELD = 'consentToUpdates'

// A hidden field people never see; bots fill it in. Such submissions are dropped silently (isBot).
export const HONEYPOT_FIELD = 'website'

/** The campaign tags a link carries (utm_…) and the signature field that keeps each. */
export const UTM_FIELDS = {
  source: { field: 'utmSource', param: 'utm_source' },
  medium: { field: 'utmMedium', param: 'utm_medium' },
  campaign: { field: 'utmCampaign', param: 'utm_campaign' },
} as const

/** Where the signer came from and their language: sent along, never shown. */
export const CAMPAIGN_FIELDS = [
  UTM_FIELDS.source.field,
  UTM_FIELDS.medium.field,
  UTM_FIELDS.campaign.field,
  'locale',
] as const
export type CampaignField = (typeof CAMPAIGN_FIELDS)[number]

/** The campaign tags of the page's own address (its query), as the form sends them. */
export function campaignTags(query: URLSearchParams): Partial<Record<CampaignField, string>> {
  return Object.fromEntries(
    Object.values(UTM_FIELDS).map(({ field, param }) => [
      field,
      (query.get(param) ?? '').slice(0, PETITION_LIMITS.campaignTag),
    ]),
  )
}

/** What the form tells the CMS about itself: the consent wording's version and the promise about names. */
export interface FormPromise {
  consentVersion: number
  namesGoToTargets: boolean
}

/** Every hidden field of the form (honeypot aside), as [name, value], in order. */
export function hiddenFields(
  promise: FormPromise,
  campaign: Partial<Record<CampaignField, string>>,
): (readonly [name: string, value: string])[] {
  return [
    ['consentVersion', String(promise.consentVersion)],
    ['namesGoToTargets', String(promise.namesGoToTargets)],
    ...CAMPAIGN_FIELDS.map((name) => [name, campaign[name] ?? ''] as const),
  ]
}

/** The sentences under the button: what becomes of the signer's name and details. */
export function privacySentences(targets: string, namesGoToTargets: boolean, locale: Locale = DEFAULT_LOCALE) {
  const text = catalogue(locale).petition
  return `${text.delivery(targets, namesGoToTargets)} ${text.useOfDetails}`
}
