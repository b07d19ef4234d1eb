import { COUNTRIES, HONEYPOT_FIELD } from '@vigil/shared'
import { env } from '../../env'
import type { PublishedAction } from '../../utilities/publishedActions'
import { html, type Markup, toHtml } from './html'

// With JavaScript off, a refused signature comes back as this page: the same form, the visitor's
// answers kept, each problem named next to its field and listed at the top.

const LABELS: Record<string, string> = {
  name: 'Full name',
  email: 'Email',
  country: 'Country',
  postalCode: 'Postal code (optional)',
}

const page = (title: string, body: Markup) =>
  toHtml(
    html`<!doctype html>
      <html lang="en">
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
            .visually-hidden {
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

const actionUrl = (slug: string) => `${env.SITE_URL}/actions/${encodeURIComponent(slug)}/`

export function messagePage(title: string, message: string, slug?: string): string {
  return page(
    title,
    html`<h1>${title}</h1>
      <p>${message}</p>
      ${slug ? html`<p><a href="${actionUrl(slug)}">Back to the action</a></p>` : ''}`,
  )
}

function field(name: string, input: Record<string, unknown>, errors: Record<string, string>, control: Markup) {
  const error = errors[name]
  return html`<label for="${name}">${LABELS[name]}</label> ${control}
    ${error ? html`<p class="error" id="${name}-error">${error}</p>` : ''}`
}

export function formPage(
  action: PublishedAction,
  input: Record<string, unknown>,
  errors: Record<string, string>,
): string {
  const value = (name: string) => (typeof input[name] === 'string' ? (input[name] as string) : '')
  const invalid = (name: string) =>
    errors[name] ? html` aria-invalid="true" aria-describedby="${name}-error"` : html``
  const country = value('country').toUpperCase()
  const consented = ['on', 'true'].includes(value('consentToUpdates'))
  return page(
    `Check your signature: ${action.title}`,
    html`<h1>Almost there: ${action.title}</h1>
      <div class="summary" role="alert" tabindex="-1">
        <h2>Please check ${Object.keys(errors).length === 1 ? 'this answer' : 'these answers'}</h2>
        <ul>
          ${Object.entries(errors).map(
            ([name, message]) => html`<li><a href="#${name}">${LABELS[name] ?? name}: ${message}</a></li>`,
          )}
        </ul>
      </div>
      <form method="post" action="/api/actions/${encodeURIComponent(action.slug)}/sign">
        ${field(
          'name',
          input,
          errors,
          html`<input
            id="name"
            name="name"
            type="text"
            autocomplete="name"
            required
            maxlength="120"
            value="${value('name')}"
            ${invalid('name')}
          />`,
        )}
        ${field(
          'email',
          input,
          errors,
          html`<input
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            required
            maxlength="254"
            value="${value('email')}"
            ${invalid('email')}
          />`,
        )}
        ${field(
          'country',
          input,
          errors,
          html`<select id="country" name="country" autocomplete="country" required${invalid('country')}>
            <option value="">Choose your country</option>
            ${COUNTRIES.map(
              ([code, name]) =>
                html`<option value="${code}" ${code === country ? html` selected` : ''}>${name}</option>`,
            )}
          </select>`,
        )}
        ${field(
          'postalCode',
          input,
          errors,
          html`<input
            id="postalCode"
            name="postalCode"
            type="text"
            autocomplete="postal-code"
            maxlength="16"
            value="${value('postalCode')}"
            ${invalid('postalCode')}
          />`,
        )}
        <label class="consent">
          <input type="checkbox" name="consentToUpdates" ${consented ? html` checked` : ''} />
          <span>${action.consentText}</span>
        </label>
        <input type="hidden" name="consentVersion" value="${action.consentVersion}" />
        <input type="hidden" name="namesGoToTargets" value="${String(action.namesGoToTargets)}" />
        ${['utmSource', 'utmMedium', 'utmCampaign', 'locale'].map((name) =>
          value(name) ? html`<input type="hidden" name="${name}" value="${value(name)}" />` : html``,
        )}
        <div class="visually-hidden" aria-hidden="true">
          <label for="${HONEYPOT_FIELD}">Leave this empty</label>
          <input id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off" />
        </div>
        <p>
          ${
            action.namesGoToTargets
              ? `Your name and country will be delivered to ${action.targets}; your email never is.`
              : `Your name is not passed on to ${action.targets}.`
          }
        </p>
        <button type="submit">Sign now</button>
        <p>
          We use your details only for this petition${consented ? ' and the updates you asked for' : ''}.
          <a href="${env.SITE_URL}/privacy/">Privacy notice</a> ·
          <a href="${actionUrl(action.slug)}">Back to the action</a>
        </p>
      </form>`,
  )
}
