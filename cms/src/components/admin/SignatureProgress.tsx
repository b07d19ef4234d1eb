'use client'
import { useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { goalShare } from '@vigil/shared'
import { userCanHandleSignatures } from '../../access/roles'
import type { User } from '../../payload-types'
import { useAdminWords } from './useAdminWords'

// The action's count toward its goal, for everyone who edits it; the signature exports, for
// those allowed to hold signer data.
export function SignatureProgress() {
  const { t, number } = useAdminWords()
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
        <strong style={{ fontSize: '1.4rem' }}>{number(count)}</strong> {t('vigil:signatures', { count })} ·{' '}
        {t('vigil:goal', { goal: number(goal) })}
      </p>
      <div
        role="progressbar"
        aria-label={t('vigil:towardGoal')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={share}
        style={{ height: 8, borderRadius: 4, background: 'var(--theme-elevation-150)', overflow: 'hidden' }}
      >
        <div style={{ width: `${share}%`, height: '100%', background: 'var(--theme-success-500)' }} />
      </div>
      <p style={{ margin: '0.4rem 0 0', color: 'var(--theme-elevation-600)' }}>
        {t('vigil:shareOfGoal', { share: number(share) })}
      </p>
      {canExport && (
        <p style={{ margin: '0.8rem 0 0', display: 'flex', flexDirection: 'column', gap: '0.3rem' }}>
          <a href={exportUrl('delivery')} download>
            {t('vigil:downloadDelivery')}
          </a>
          <a href={exportUrl('full')} download>
            {t('vigil:downloadFull')}
          </a>
        </p>
      )}
    </div>
  )
}
