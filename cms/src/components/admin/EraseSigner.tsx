'use client'
import { Button, TextInput, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type SubmitEvent, useState } from 'react'

// A signer asks to be forgotten: one email, every action, after a confirmation.
export function EraseSigner() {
  const router = useRouter()
  const [email, setEmail] = useState('')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState('')

  async function erase(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!email.trim()) return
    if (!window.confirm(`Erase every signature made with ${email.trim()}, on every action? This cannot be undone.`))
      return
    setBusy(true)
    try {
      const response = await fetch('/api/signatures/erase', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email }),
      })
      const body = (await response.json()) as { erased?: number; message?: string }
      if (!response.ok) throw new Error(body.message ?? `The CMS answered ${response.status}.`)
      const message =
        body.erased === 0
          ? 'No signatures were found for that address.'
          : `Erased ${body.erased} signature${body.erased === 1 ? '' : 's'}.`
      setResult(message)
      toast.success(message)
      setEmail('')
      router.refresh()
    } catch (error) {
      toast.error(error instanceof Error ? error.message : 'Erasure failed.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form onSubmit={erase} style={{ margin: '0 0 1.5rem', maxWidth: '36rem' }} aria-labelledby="erase-signer-heading">
      <h2 id="erase-signer-heading" style={{ fontSize: '1.1rem', margin: '0 0 0.3rem' }}>
        Erase a signer’s data
      </h2>
      <p style={{ margin: '0 0 0.6rem', color: 'var(--theme-elevation-600)' }}>
        Deletes every signature made with this email address, on every action (matched as signing matches: case, dots
        and +tags do not matter).
      </p>
      <div style={{ display: 'flex', gap: '0.6rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <div style={{ flex: '1 1 16rem' }}>
          <TextInput
            path="eraseEmail"
            label="Signer’s email"
            value={email}
            onChange={(e: { target: { value: string } }) => setEmail(e.target.value)}
          />
        </div>
        <Button type="submit" buttonStyle="secondary" disabled={busy || !email.trim()}>
          {busy ? 'Erasing…' : 'Erase'}
        </Button>
      </div>
      <p role="status" aria-live="polite" style={{ margin: '0.3rem 0 0' }}>
        {result}
      </p>
    </form>
  )
}
