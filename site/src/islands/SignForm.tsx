// First: the schemas below are made without eval (see the module).
import './zodWithoutEval'
import { type SubmitEvent, useEffect, useRef, useState } from 'react'
import './SignForm.css'
import {
  campaignTags,
  type CampaignField,
  catalogue,
  CONSENT_FIELD,
  type CountResponse,
  fieldErrors,
  hiddenFields,
  HONEYPOT_FIELD,
  type Locale,
  petitionApi,
  petitionFields,
  privacySentences,
  type RefusedResponse,
  signatureInput,
} from '@vigil/shared'
import { Progress } from './Progress'
import { SignField } from './SignField'
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
  /** The page's language: the form's words, and the language the CMS answers in and keeps. */
  locale: Locale
}

type Status = 'idle' | 'sending' | 'signed'

// Only bots fill this in; the CMS drops what they send.
const Honeypot = ({ label }: { label: string }) => (
  <div className="trap" aria-hidden="true">
    <label htmlFor={`sign-${HONEYPOT_FIELD}`}>{label}</label>
    <input id={`sign-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" />
  </div>
)

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
  // Where the signer came from (the link's UTM tags, once the page runs) and their language, sent
  // along with the signature: the language is in the page's HTML, so a form sent without
  // JavaScript is answered in it too.
  const [campaign, setCampaign] = useState<Partial<Record<CampaignField, string>>>({ locale: props.locale })
  const form = useRef<HTMLFormElement>(null)
  const TEXT = catalogue(props.locale).petition
  const fields = petitionFields(props.locale)

  useEffect(() => {
    setHydrated(true)
    setCampaign({ ...campaignTags(new URLSearchParams(location.search)), locale: props.locale })
    fetch(petitionApi.count(props.cmsUrl, props.slug, props.locale))
      .then((response) => (response.ok ? (response.json() as Promise<CountResponse>) : undefined))
      .then((live) => live && setCount((shown) => Math.max(shown, live.count)))
      .catch(() => undefined)
  }, [props.cmsUrl, props.slug, props.locale])

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    if (status === 'sending') return
    const values = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>
    const parsed = signatureInput.safeParse(values)
    if (!parsed.success) return showErrors(fieldErrors(parsed.error, props.locale))

    setStatus('sending')
    setErrors({})
    setAlert('')
    try {
      const response = await fetch(petitionApi.sign(props.cmsUrl, props.slug), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...values, [CONSENT_FIELD]: values[CONSENT_FIELD] === 'on' }),
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
      setAlert(body.message ?? TEXT.notSent)
    } catch {
      setStatus('idle')
      setAlert(TEXT.offline)
    }
  }

  function showErrors(found: Record<string, string>) {
    setErrors(found)
    setAlert(TEXT.checkAnswers(Object.keys(found).length))
    const first = fields.find((field) => found[field.name])
    if (first) (form.current?.elements.namedItem(first.name) as HTMLElement | null)?.focus()
  }

  if (status === 'signed') {
    return (
      <div className="sign-form">
        <Progress count={count} goal={props.goal} locale={props.locale} />
        <ThankYou name={signerName} {...props} />
      </div>
    )
  }

  return (
    <div className="sign-form">
      <Progress count={count} goal={props.goal} locale={props.locale} />
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
        {fields.map((field) => (
          <SignField key={field.name} field={field} problem={errors[field.name]} optional={TEXT.optional} />
        ))}
        <label className="consent">
          <input type="checkbox" name={CONSENT_FIELD} />
          <span>{props.consentText}</span>
        </label>
        {hiddenFields(props, campaign).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Honeypot label={TEXT.honeypot} />
        <button type="submit" className="button" disabled={status === 'sending'} aria-disabled={status === 'sending'}>
          {status === 'sending' ? TEXT.signing : TEXT.signNow}
        </button>
        <p id="sign-privacy" className="notice">
          {privacySentences(props.targets, props.namesGoToTargets, props.locale)}{' '}
          <a href={props.privacyUrl}>{TEXT.privacyNotice}</a>
        </p>
      </form>
    </div>
  )
}
