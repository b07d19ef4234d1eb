import { goalShare } from '@vigil/shared'
import './Progress.css'

const number = new Intl.NumberFormat('en-CA')

interface Props {
  count: number
  goal: number
  closed?: boolean
}

// The count toward the goal. Rendered statically on action cards and closed actions, and live
// inside the petition form, where it is announced politely when it changes after signing.
export function Progress({ count, goal, closed = false }: Props) {
  const share = goalShare(count, goal)
  return (
    <div className="progress sans">
      <p aria-live="polite">
        <strong>{number.format(count)}</strong> {closed ? 'signed' : 'have signed'} · goal {number.format(goal)}
      </p>
      <div className="progress-bar" role="img" aria-label={`${share}% of the goal`}>
        <span style={{ width: `${share}%` }} />
      </div>
    </div>
  )
}
