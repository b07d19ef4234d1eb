// First: the schemas below are made without eval (see the module).
import './zodWithoutEval'
import { type SubmitEvent, useEffect, useRef, useState } from 'react'
import './SignForm.css'
import {
  COUNTRIES,
  type CountResponse,
  fieldErrors,
  HONEYPOT_FIELD,
  petitionApi,
  type RefusedResponse,
  signatureInput,
} from '@vigil/shared'
import { Progress } from './Progress'
import { ThankYou } from './ThankYou'

export interface SignFormProps {
  slug: string
  title: string
  cmsUrl: string
  pageUrl: string
  privacyUrl: string
  goal: number
  count: number
  targets: string
  namesGoToTargets: boolean
  consentText: string
  consentVersion: number
  shareText: string
  thankYouText: string
}

type Status = 'idle' | 'sending' | 'signed'
const FIELDS = ['name', 'email', 'country', 'postalCode'] as const
const UTM = [
  ['utmSource', 'utm_source'],
  ['utmMedium', 'utm_medium'],
  ['utmCampaign', 'utm_campaign'],
] as const

// The petition form. Before (or without) JavaScript it is a plain form that posts to the CMS and
// lands on the thank-you page; once hydrated it checks answers with the CMS's own schema, sends
// JSON, keeps the count live and thanks the signer in place.
export default function SignForm(props: SignFormProps) {
  const [hydrated, setHydrated] = useState(false)
  const [status, setStatus] = useState<Status>('idle')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [alert, setAlert] = useState('')
  const [count, setCount] = useState(props.count)
  const [signerName, setSignerName] = useState('')
  // Where the signer came from (the link's UTM tags), sent along with the signature.
  const [utm, setUtm] = useState<Record<string, string>>({})
  const form = useRef<HTMLFormElement>(null)

  useEffect(() => {
    setHydrated(true)
    const query = new URLSearchParams(location.search)
    setUtm(Object.fromEntries(UTM.map(([field, param]) => [field, (query.get(param) ?? '').slice(0, 100)])))
    fetch(petitionApi.count(props.cmsUrl, props.slug))
      .then((response) => (response.ok ? (response.json() as Promise<CountResponse>) : undefined))
      .then((live) => live && setCount((shown) => Math.max(shown, live.count)))
      .catch(() => undefined)
  }, [props.cmsUrl, props.slug])

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    if (status === 'sending') return
    const values = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>
    values.locale = navigator.language
    const parsed = signatureInput.safeParse(values)
    if (!parsed.success) return showErrors(fieldErrors(parsed.error))

    setStatus('sending')
    setErrors({})
    setAlert('')
    try {
      const response = await fetch(petitionApi.sign(props.cmsUrl, props.slug), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...values, consentToUpdates: values.consentToUpdates === 'on' }),
        credentials: 'omit',
      })
      if (response.status === 201) {
        setSignerName(parsed.data.name)
        setCount((shown) => shown + 1)
        setStatus('signed')
        return
      }
      const body = (await response.json().catch(() => ({}))) as Partial<RefusedResponse>
      setStatus('idle')
      if (body.errors) return showErrors(body.errors)
      setAlert(body.message ?? 'Your signature could not be sent. Please try again.')
    } catch {
      setStatus('idle')
      setAlert('Your signature could not be sent: check your connection and try again.')
    }
  }

  function showErrors(found: Record<string, string>) {
    setErrors(found)
    const count = Object.keys(found).length
    setAlert(`Please check ${count === 1 ? 'one answer' : `${count} answers`}.`)
    const first = FIELDS.find((field) => found[field])
    if (first) (form.current?.elements.namedItem(first) as HTMLElement | null)?.focus()
  }

  const described = (field: string) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` } : { 'aria-invalid': false }
  const error = (field: string) =>
    errors[field] ? (
      <p className="error" id={`${field}-error`}>
        {errors[field]}
      </p>
    ) : null

  if (status === 'signed') {
    return (
      <div className="sign-form">
        <Progress count={count} goal={props.goal} />
        <ThankYou name={signerName} {...props} />
      </div>
    )
  }

  return (
    <div className="sign-form">
      <Progress count={count} goal={props.goal} />
      <form
        ref={form}
        method="post"
        action={petitionApi.sign(props.cmsUrl, props.slug)}
        noValidate={hydrated}
        onSubmit={submit}
        aria-describedby="sign-privacy"
      >
        <p className="alert" role="alert">
          {alert}
        </p>
        <label htmlFor="sign-name">Full name</label>
        <input
          id="sign-name"
          name="name"
          type="text"
          autoComplete="name"
          required
          maxLength={120}
          {...described('name')}
        />
        {error('name')}
        <label htmlFor="sign-email">Email</label>
        <input
          id="sign-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          {...described('email')}
        />
        {error('email')}
        <label htmlFor="sign-country">Country</label>
        <select
          id="sign-country"
          name="country"
          autoComplete="country"
          required
          defaultValue=""
          {...described('country')}
        >
          <option value="">Choose your country</option>
          {COUNTRIES.map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
        {error('country')}
        <label htmlFor="sign-postal">
          Postal code <span className="optional">(optional)</span>
        </label>
        <input
          id="sign-postal"
          name="postalCode"
          type="text"
          autoComplete="postal-code"
          maxLength={16}
          {...described('postalCode')}
        />
        {error('postalCode')}
        <label className="consent">
          <input type="checkbox" name="consentToUpdates" />
          <span>{props.consentText}</span>
        </label>
        <input type="hidden" name="consentVersion" value={props.consentVersion} />
        <input type="hidden" name="namesGoToTargets" value={String(props.namesGoToTargets)} />
        {UTM.map(([field]) => (
          <input key={field} type="hidden" name={field} value={utm[field] ?? ''} />
        ))}
        <div className="trap" aria-hidden="true">
          <label htmlFor={`sign-${HONEYPOT_FIELD}`}>Leave this empty</label>
          <input id={`sign-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <button type="submit" className="button" disabled={status === 'sending'} aria-disabled={status === 'sending'}>
          {status === 'sending' ? 'Signing…' : 'Sign now'}
        </button>
        <p id="sign-privacy" className="notice">
          {props.namesGoToTargets
            ? `Your name and country will be delivered to ${props.targets}; your email never is. `
            : `Your name is not passed on to ${props.targets}. `}
          We use your details only for this petition and, if you tick the box, for updates.{' '}
          <a href={props.privacyUrl}>Privacy notice</a>
        </p>
      </form>
    </div>
  )
}
