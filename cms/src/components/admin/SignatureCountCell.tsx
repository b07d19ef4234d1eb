'use client'
import type { DefaultCellComponentProps } from 'payload'
import { useAdminWords } from './useAdminWords'

// The actions list: signatures toward the goal, at a glance.
export function SignatureCountCell({ rowData }: DefaultCellComponentProps) {
  const { number } = useAdminWords()
  const count = Number(rowData?.signatureCount ?? 0)
  const goal = Number(rowData?.goal ?? 0)
  return (
    <span>
      {number(count)}
      {goal > 0 && <span style={{ color: 'var(--theme-elevation-500)' }}> / {number(goal)}</span>}
    </span>
  )
}
