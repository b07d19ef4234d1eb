'use client'
import { Button, TextInput, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type SubmitEvent, useState } from 'react'
import { useAdminWords } from './useAdminWords'

// A signer asks to be forgotten: one email, every action, after a confirmation.
export function EraseSigner() {
  const { t } = useAdminWords()
  const router = useRouter()
  const [email, setEmail] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState('')

  async function erase(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!email.trim()) return
    if (!window.confirm(t('vigil:eraseConfirm', { email: email.trim() }))) return
    setBusy(true)
    try {
      const response = await fetch('/api/signatures/erase', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email }),
      })
      const body = (await response.json()) as { erased?: number; message?: string }
      if (!response.ok) throw new Error(body.message ?? t('vigil:cmsAnswered', { status: response.status }))
      const message = body.erased ? t('vigil:erased', { count: body.erased }) : t('vigil:eraseNone')
      setResult(message)
      toast.success(message)
      setEmail('')
      router.refresh()
    } catch (error) {
      toast.error(error instanceof Error ? error.message : t('vigil:eraseFailed'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={erase} style={{ margin: '0 0 1.5rem', maxWidth: '36rem' }} aria-labelledby="erase-signer-heading">
      <h2 id="erase-signer-heading" style={{ fontSize: '1.1rem', margin: '0 0 0.3rem' }}>
        {t('vigil:eraseHeading')}
      </h2>
      <p style={{ margin: '0 0 0.6rem', color: 'var(--theme-elevation-600)' }}>{t('vigil:eraseExplanation')}</p>
      <div style={{ display: 'flex', gap: '0.6rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <div style={{ flex: '1 1 16rem' }}>
          <TextInput
            path="eraseEmail"
            label={t('vigil:eraseEmail')}
            value={email}
            onChange={(e: { target: { value: string } }) => setEmail(e.target.value)}
          />
        </div>
        <Button type="submit" buttonStyle="secondary" disabled={busy || !email.trim()}>
          {busy ? t('vigil:erasing') : t('vigil:erase')}
        </Button>
      </div>
      <p role="status" aria-live="polite" style={{ margin: '0.3rem 0 0' }}>
        {result}
      </p>
    </form>
  )
}
