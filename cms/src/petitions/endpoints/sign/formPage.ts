import {
  CAMPAIGN_FIELDS,
  CONSENT_FIELD,
  hiddenFields,
  HONEYPOT_FIELD,
  catalogue,
  DEFAULT_LOCALE,
  inLocale,
  type Locale,
  localeInfo,
  type PetitionField,
  petitionApi,
  petitionFields,
  privacySentences,
  problemId,
  siteAddress,
  sitePaths,
} from '@vigil/shared'
import { env } from '../../../env'
import type { PublishedAction } from '../../publishedActions'
import { html, type Markup, toHtml } from './html'

// With JavaScript off, a refused signature comes back as this page: the same form, the visitor's
// answers kept, each problem named next to its field and listed at the top. Fields, words and
// limits are the petition form's own (shared/src/petitionForm.ts), as the site's island renders them.

const page = (title: string, body: Markup, language: Locale) =>
  toHtml(
    html`<!doctype html>
      <html lang="${language}" dir="${localeInfo(language).dir}">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>${title} · Vigil</title>
          <style>
            body {
              font:
                1.05rem/1.5 system-ui,
                sans-serif;
              color: #111;
              max-width: 36rem;
              margin: 2rem auto;
              padding: 0 1rem;
            }
            h1 {
              line-height: 1.2;
            }
            .summary {
              border: 3px solid #b3261e;
              padding: 0.75rem 1rem;
              margin: 1rem 0;
            }
            .summary h2 {
              margin: 0 0 0.5rem;
              font-size: 1.1rem;
            }
            label {
              display: block;
              font-weight: 600;
              margin-top: 1rem;
            }
            input[type='text'],
            input[type='email'],
            select {
              font: inherit;
              width: 100%;
              padding: 0.5rem;
              border: 2px solid #111;
              box-sizing: border-box;
            }
            [aria-invalid='true'] {
              border-color: #b3261e;
            }
            .error {
              color: #b3261e;
              font-weight: 600;
              margin: 0.25rem 0 0;
            }
            .consent {
              display: flex;
              gap: 0.5rem;
              align-items: flex-start;
              font-weight: 400;
            }
            button {
              font: inherit;
              font-weight: 700;
              text-transform: uppercase;
              letter-spacing: 0.03em;
              margin-top: 1.25rem;
              padding: 0.75rem 1.5rem;
              background: #b3261e;
              color: #fff;
              border: 0;
              border-radius: 4px;
              cursor: pointer;
            }
            .optional {
              font-weight: 400;
            }
            .trap {
              position: absolute;
              width: 1px;
              height: 1px;
              overflow: hidden;
              clip: rect(0 0 0 0);
            }
          </style>
        </head>
        <body>
          <main>${body}</main>
        </body>
      </html>`,
  )

const onSite = (language: Locale, urlPath: string) => siteAddress(env.SITE_URL, inLocale(language, urlPath))

export function messagePage(title: string, message: string, slug?: string, language: Locale = DEFAULT_LOCALE): string {
  const text = catalogue(language).petition
  return page(
    title,
    html`<h1>${title}</h1>
      <p>${message}</p>
      ${slug ? html`<p><a href="${onSite(language, sitePaths.action(slug))}">${text.errorPage.backToAction}</a></p>` : ''}`,
    language,
  )
}

type Attributes = Record<string, string | number | boolean | undefined>

// Attributes as HTML, in order: `true` writes the bare name, `false` and `undefined` leave it out.
const attributes = (pairs: Attributes) =>
  Object.entries(pairs).map(([name, value]) =>
    value === true ? html` ${name}` : value === false || value === undefined ? html`` : html` ${name}="${value}"`,
  )

// One field as the petition form defines it, holding what the visitor sent and any problem with it.
function field(definition: PetitionField, sent: string, problem: string | undefined, optionalWord: string): Markup {
  const { name, choices } = definition
  const common: Attributes = {
    id: name,
    name,
    autocomplete: definition.autocomplete,
    required: definition.required,
    'aria-invalid': problem ? 'true' : undefined,
    'aria-describedby': problem ? problemId(name) : undefined,
  }
  const control = choices
    ? html`<select${attributes(common)}>
        ${choices.map(([value, label]) => html`<option${attributes({ value, selected: value === sent })}>${label}</option>`)}
      </select>`
    : html`<input${attributes({ ...common, type: definition.type, maxlength: definition.maxLength, value: sent })} />`
  const optional = definition.required ? '' : html` <span class="optional">${optionalWord}</span>`
  const message = problem ? html`<p class="error" id="${problemId(name)}">${problem}</p>` : ''
  return html`<label for="${name}">${definition.label}${optional}</label> ${control} ${message}`
}

// Only bots fill this in; the sign endpoint drops what they send.
const honeypot = (label: string) =>
  html`<div class="trap" aria-hidden="true">
    <label for="${HONEYPOT_FIELD}">${label}</label>
    <input${attributes({ id: HONEYPOT_FIELD, name: HONEYPOT_FIELD, type: 'text', tabindex: -1, autocomplete: 'off' })} />
  </div>`

const consentBox = (text: string, checked: boolean) =>
  html`<label class="consent">
    <input type="checkbox" name="${CONSENT_FIELD}" ${attributes({ checked })} />
    <span>${text}</span>
  </label>`

const hiddenInput = ([name, value]: readonly [string, string]) =>
  html`<input${attributes({ type: 'hidden', name, value })} />`

export function formPage(
  action: PublishedAction,
  input: Record<string, unknown>,
  errors: Record<string, string>,
  language: Locale = DEFAULT_LOCALE,
): string {
  const text = catalogue(language).petition
  const fields = petitionFields(language)
  const value = (name: string) => (typeof input[name] === 'string' ? (input[name] as string) : '')
  // A country comes back as the visitor's browser sent it; the list's codes are upper case.
  const sent = (definition: PetitionField) =>
    definition.choices ? value(definition.name).toUpperCase() : value(definition.name)
  const labelOf = (name: string) => fields.find((each) => each.name === name)?.label ?? name
  // The form stays in its language however the page was posted.
  const campaign = { ...Object.fromEntries(CAMPAIGN_FIELDS.map((name) => [name, value(name)])), locale: language }
  const controls = [
    ...fields.map((definition) => field(definition, sent(definition), errors[definition.name], text.optional)),
    consentBox(action.consentText, ['on', 'true'].includes(value(CONSENT_FIELD))),
    ...hiddenFields(action, campaign).map(hiddenInput),
    honeypot(text.honeypot),
    html`<button type="submit">${text.signNow}</button>`,
  ]
  return page(
    text.errorPage.title(action.title),
    html`<h1>${text.errorPage.heading(action.title)}</h1>
      <div class="summary" role="alert" tabindex="-1">
        <h2>${text.checkAnswers(Object.keys(errors).length)}</h2>
        <ul>
          ${Object.entries(errors).map(
            ([name, message]) => html`<li><a href="#${name}">${text.problemLine(labelOf(name), message)}</a></li>`,
          )}
        </ul>
      </div>
      <form method="post" action="${petitionApi.sign('', action.slug)}">
        ${controls}
        <p>
          ${privacySentences(action.targets, action.namesGoToTargets, language)}
          <a href="${onSite(language, sitePaths.privacy())}">${text.privacyNotice}</a> ·
          <a href="${onSite(language, sitePaths.action(action.slug))}">${text.errorPage.backToAction}</a>
        </p>
      </form>`,
    language,
  )
}
