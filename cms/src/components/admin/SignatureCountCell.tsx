import type { DefaultCellComponentProps } from 'payload'

const number = new Intl.NumberFormat('en-CA')

// The actions list: signatures toward the goal, at a glance.
export function SignatureCountCell({ rowData }: DefaultCellComponentProps) {
  const count = Number(rowData?.signatureCount ?? 0)
  const goal = Number(rowData?.goal ?? 0)
  return (
    <span>
      {number.format(count)}
      {goal > 0 && <span style={{ color: 'var(--theme-elevation-500)' }}> / {number.format(goal)}</span>}
    </span>
  )
}
