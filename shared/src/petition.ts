import { z } from 'zod'
import { COUNTRY_CODES } from './countries.ts'
import { catalogue } from './catalogue/index.ts'
import { DEFAULT_LOCALE, type Locale, localeOf } from './locales.ts'
import { HONEYPOT_FIELD, PETITION_LIMITS, PETITION_TEXT } from './petitionForm.ts'

// The one definition of what a signer may send: the petition form validates with it in the
// browser, and the CMS's sign endpoint validates the same input again.

// Providers that deliver mail for "j.o.e@…" to "joe@…": dots in the local part mean nothing there.
const DOTLESS_PROVIDERS = new Map([
  ['gmail.com', 'gmail.com'],
  ['googlemail.com', 'gmail.com'],
])

// The dedupe key for an address: one signature per action per person, however they type it.
export function normaliseEmail(email: string): string {
  const trimmed = email.trim().toLowerCase()
  const at = trimmed.lastIndexOf('@')
  if (at < 1) return trimmed
  let local = trimmed.slice(0, at).replace(/\+.*$/, '')
  let domain = trimmed.slice(at + 1)
  const canonical = DOTLESS_PROVIDERS.get(domain)
  if (canonical) {
    local = local.replaceAll('.', '')
    domain = canonical
  }
  return `${local}@${domain}`
}

// A spreadsheet would run a cell starting with these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@]/
const LOOKS_LIKE_URL = /(https?:\/\/|www\.|\b[a-z0-9-]+\.(com|net|org|info|ru|io|xyz|top|link)\b)/i
// Characters no one types in a name, which would store an empty-looking or broken name, or turn
// the text around it in an export or the admin: control characters, lone surrogates, private-use
// characters, and invisible or direction-overriding format characters. The zero-width joiner and
// non-joiner (U+200C, U+200D) stay: Persian, Arabic and Indic names and emoji need them.
const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cs}\p{Co}\u115f\u1160\u2800\u3164\uffa0]|(?![\u200c\u200d])\p{Cf}/u

// The words of each problem, kept with the form's other words (petitionForm.ts).
/** Each problem's words in English (the CMS's own checks say them to staff). */
export const MESSAGES = PETITION_TEXT.problems
type Problem = keyof typeof MESSAGES
// The schema names a problem by its key; fieldErrors says it in the signer's language.
const PROBLEM = Object.fromEntries(Object.keys(MESSAGES).map((key) => [key, key])) as { [K in Problem]: K }

// Campaign tags and the locale come from links, not from the signer: hidden characters are dropped.
const optionalText = (max: number) =>
  z
    .string()
    .overwrite((value) => value.replace(new RegExp(HIDDEN_CHARACTERS, 'gu'), ''))
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || undefined)

/** True when text holds characters no one types in a name (see HIDDEN_CHARACTERS). */
export const hasHiddenCharacters = (text: string) => HIDDEN_CHARACTERS.test(text)

export const signatureInput = z.object({
  name: z
    .string({ error: PROBLEM.name })
    .refine((name) => !hasHiddenCharacters(name), { message: PROBLEM.nameHidden, abort: true })
    // One spelling of each letter (é typed as one character or as e + accent), as stored and exported.
    .overwrite((name) => name.normalize('NFC'))
    .trim()
    .min(1, PROBLEM.name)
    .max(PETITION_LIMITS.name, PROBLEM.name)
    .refine((name) => !FORMULA_START.test(name), PROBLEM.nameFormula)
    .refine((name) => !LOOKS_LIKE_URL.test(name), PROBLEM.nameUrl),
  email: z
    .string({ error: PROBLEM.email })
    .trim()
    .max(PETITION_LIMITS.email, PROBLEM.email)
    .pipe(z.email(PROBLEM.email)),
  country: z
    .string({ error: PROBLEM.country })
    .trim()
    .toUpperCase()
    .refine((code) => COUNTRY_CODES.has(code), PROBLEM.country),
  postalCode: z
    .string()
    .trim()
    .max(PETITION_LIMITS.postalCode, PROBLEM.postalCode)
    .regex(/^[A-Za-z0-9 -]*$/, PROBLEM.postalCode)
    .optional()
    .transform((value) => value || undefined),
  // Unticked unless the signer ticks it; HTML forms send "on" for a ticked box.
  consentToUpdates: z
    .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false')])
    .optional()
    .transform((value) => value === true || value === 'on' || value === 'true'),
  // The version of the consent wording the form showed; the CMS records it with the choice.
  consentVersion: z.coerce.number().int().positive().optional().catch(undefined),
  // What the form told the signer about their name (the page may be older than the action's
  // setting); the CMS keeps the more private of this and the action's setting.
  namesGoToTargets: z
    .union([z.boolean(), z.literal('true'), z.literal('false')])
    .optional()
    .catch(undefined)
    .transform((value) => (value === undefined ? undefined : value === true || value === 'true')),
  utmSource: optionalText(PETITION_LIMITS.campaignTag),
  utmMedium: optionalText(PETITION_LIMITS.campaignTag),
  utmCampaign: optionalText(PETITION_LIMITS.campaignTag),
  // The language of the form the signer used (its page's `lang`), one Vigil publishes in.
  locale: z.unknown().optional().transform(localeOf),
})

export type SignatureInput = z.input<typeof signatureInput>
export type Signature = z.output<typeof signatureInput>

// Per-field messages for the form, in the signer's language: the first problem of each field.
export function fieldErrors(error: z.ZodError, locale: Locale = DEFAULT_LOCALE): Record<string, string> {
  const problems = catalogue(locale).petition.problems
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    errors[field] ??= issue.message in problems ? problems[issue.message as Problem] : issue.message
  }
  return errors
}

// Bots fill in the field people never see (HONEYPOT_FIELD); such submissions are dropped silently.
export const isBot = (input: Record<string, unknown>) => Boolean(input[HONEYPOT_FIELD])

// How far a count has come toward its goal, in whole percent (0–100), for every progress bar.
export const goalShare = (count: number, goal: number): number =>
  goal > 0 ? Math.min(100, Math.round((count / goal) * 100)) : 0

// The petition API, as the site calls it and the CMS serves it.
export const petitionApi = {
  sign: (cmsUrl: string, slug: string) => `${cmsUrl}/api/actions/${encodeURIComponent(slug)}/sign`,
  /** The slug is the action's in `locale`; the count is one count across languages. */
  count: (cmsUrl: string, slug: string, locale: Locale = DEFAULT_LOCALE) =>
    `${cmsUrl}/api/actions/${encodeURIComponent(slug)}/count${locale === DEFAULT_LOCALE ? '' : `?locale=${locale}`}`,
}

export interface CountResponse {
  count: number
  goal: number
  closed: boolean
}

// One answer for a new signature and for a repeat, so no one learns whether an address signed before.
export interface SignedResponse {
  signed: true
  message: string
}

export interface RefusedResponse {
  message: string
  errors?: Record<string, string>
}
