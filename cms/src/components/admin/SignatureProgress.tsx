'use client'
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { goalShare } from '@vigil/shared'
import { userCanHandleSignatures } from '../../access/roles'
import type { User } from '../../payload-types'

const number = new Intl.NumberFormat('en-CA')

// The action's count toward its goal, for everyone who edits it; the signature exports, for
// those allowed to hold signer data.
export function SignatureProgress() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<User>()
  const count = useFormFields(([fields]) => Number(fields.signatureCount?.value ?? 0))
  const goal = useFormFields(([fields]) => Number(fields.goal?.value ?? 0))
  const share = goalShare(count, goal)
  const canExport = id !== undefined && userCanHandleSignatures(user)
  const exportUrl = (columns: string) =>
    `/api/signatures/export?action=${encodeURIComponent(String(id))}&columns=${columns}`

  return (
    <div className="field-type" style={{ marginBottom: '1.5rem' }}>
      <p style={{ margin: '0 0 0.4rem' }}>
        <strong style={{ fontSize: '1.4rem' }}>{number.format(count)}</strong>{' '}
        {count === 1 ? 'signature' : 'signatures'} · goal {number.format(goal)}
      </p>
      <div
        role="progressbar"
        aria-label="Signatures toward the goal"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={share}
        style={{ height: 8, borderRadius: 4, background: 'var(--theme-elevation-150)', overflow: 'hidden' }}
      >
        <div style={{ width: `${share}%`, height: '100%', background: 'var(--theme-success-500)' }} />
      </div>
      <p style={{ margin: '0.4rem 0 0', color: 'var(--theme-elevation-600)' }}>
        {share}% of the goal; updated every few seconds.
      </p>
      {canExport && (
        <p style={{ margin: '0.8rem 0 0', display: 'flex', flexDirection: 'column', gap: '0.3rem' }}>
          <a href={exportUrl('delivery')} download>
            Download for delivery to targets (CSV: names, countries)
          </a>
          <a href={exportUrl('full')} download>
            Download full record (CSV: with emails and consent)
          </a>
        </p>
      )}
    </div>
  )
}
