import { COUNTRIES } from './countries.ts'

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
  /** A BCP 47 language tag, as the browser reports it. */
  locale: 35,
} as const

export const PETITION_TEXT = {
  labels: { name: 'Full name', email: 'Email', country: 'Country', postalCode: 'Postal code' },
  /** After the label of a field the signer may leave empty. */
  optional: '(optional)',
  chooseCountry: 'Choose your country',
  /** The label of the field only bots fill in (see HONEYPOT_FIELD). */
  honeypot: 'Leave this empty',
  signNow: 'Sign now',
  signing: 'Signing…',
  /** What happens to the signer's name, as the action promises it (see namesGoToTargets). */
  delivery: (targets: string, namesGoToTargets: boolean) =>
    namesGoToTargets
      ? `Your name and country will be delivered to ${targets}; your email never is.`
      : `Your name is not passed on to ${targets}.`,
  useOfDetails: 'We use your details only for this petition and, if you tick the box, for updates.',
  privacyNotice: 'Privacy notice',
  /** The announcement that leads a list of problems. */
  checkAnswers: (count: number) => `Please check ${count === 1 ? 'one answer' : `${count} answers`}.`,
  /** One per problem a field can have; the schema answers with these. */
  problems: {
    name: 'Please enter your name.',
    nameFormula: 'Please start your name with a letter.',
    nameUrl: 'Please enter your name without a web address.',
    nameHidden: 'Please enter your name without hidden or control characters.',
    email: 'Please enter a valid email address.',
    country: 'Please choose your country.',
    postalCode: 'Please check your postal code.',
  },
  /** The island's own, when the CMS cannot be reached or gives no reason. */
  notSent: 'Your signature could not be sent. Please try again.',
  offline: 'Your signature could not be sent: check your connection and try again.',
  /** The CMS's page for a form posted without JavaScript that it refused. */
  errorPage: {
    title: (action: string) => `Check your signature: ${action}`,
    heading: (action: string) => `Almost there: ${action}`,
    backToAction: 'Back to the action',
  },
  /** What the sign endpoint answers, as JSON for the island or as a page for a plain form. */
  answers: {
    signed: 'Thank you for signing.',
    serverError: 'Something went wrong on our side; nothing was saved. Please try again.',
    invalid: ['Check your answers', 'Please check the highlighted fields.'],
    unknownAction: ['Action not found', 'There is no published action at this address.'],
    closed: ['This action has closed', 'This action is no longer collecting signatures. Thank you for your support.'],
    notOpenYet: ['Not open yet', 'This action is not open for signatures yet. Please come back soon.'],
    otherOrigin: ['Not accepted here', 'Signatures are accepted only from the campaign’s own site.'],
    unreadable: 'Could not read the signature',
    tooFast: (seconds: number) =>
      [
        'Please wait a moment',
        `Too many signatures from your network just now. Please try again in ${seconds} seconds.`,
      ] as const,
  },
  /** Thanks: in place in the island, or on the thank-you page a plain form lands on. */
  thanks: {
    greeting: (name: string) => `Thank you, ${name.split(' ')[0]}!`,
    pageTitle: (action: string) => `Thank you for signing: ${action}`,
    dateline: 'Signed',
    heading: 'Thank you for adding your name',
    youSigned: 'You signed',
    countsOnce: 'Signing twice with the same email counts once, so there is nothing more to do here.',
  },
  share: {
    heading: 'Share',
    suggested: 'Suggested message:',
    permalink: 'Link:',
    /** Read after a share link's name: where it goes. */
    opensSharePage: (network: string) => ` (opens the ${network} share page)`,
    opensNewTab: ' (opens in a new tab)',
    copyLink: 'Copy link',
    linkCopied: 'Link copied.',
    /** When the clipboard refuses: the link, to copy by hand. */
    copyByHand: (url: string) => `Copy this link: ${url}`,
    /** Opens the device's own share sheet. */
    native: 'Share…',
  },
} as const

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

/** The fields the signer fills in, in the order the form shows them. */
export const PETITION_FIELDS: readonly PetitionField[] = [
  {
    name: 'name',
    label: PETITION_TEXT.labels.name,
    type: 'text',
    autocomplete: 'name',
    required: true,
    maxLength: PETITION_LIMITS.name,
  },
  {
    name: 'email',
    label: PETITION_TEXT.labels.email,
    type: 'email',
    autocomplete: 'email',
    required: true,
    maxLength: PETITION_LIMITS.email,
  },
  {
    name: 'country',
    label: PETITION_TEXT.labels.country,
    type: 'text',
    autocomplete: 'country',
    required: true,
    choices: [['', PETITION_TEXT.chooseCountry], ...COUNTRIES],
  },
  {
    name: 'postalCode',
    label: PETITION_TEXT.labels.postalCode,
    type: 'text',
    autocomplete: 'postal-code',
    required: false,
    maxLength: PETITION_LIMITS.postalCode,
  },
]

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
export const privacySentences = (targets: string, namesGoToTargets: boolean) =>
  `${PETITION_TEXT.delivery(targets, namesGoToTargets)} ${PETITION_TEXT.useOfDetails}`
