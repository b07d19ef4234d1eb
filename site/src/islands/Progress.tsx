import { catalogue, goalShare, type Locale } from '@vigil/shared'
import { formatNumber } from '../lib/dates'
import './Progress.css'

interface Props {
  count: number
  goal: number
  closed?: boolean
  locale: Locale
}

// The count toward the goal. Rendered statically on action cards and closed actions, and live
// inside the petition form, where it is announced politely when it changes after signing.
export function Progress({ count, goal, closed = false, locale }: Props) {
  const share = goalShare(count, goal)
  const TEXT = catalogue(locale).site.progress
  return (
    <div className="progress sans">
      <p aria-live="polite">
        <strong>{formatNumber(count, locale)}</strong> {closed ? TEXT.signed(count) : TEXT.haveSigned(count)} ·{' '}
        {TEXT.goal(formatNumber(goal, locale))}
      </p>
      <div className="progress-bar" role="img" aria-label={TEXT.ofGoal(share)}>
        <span style={{ width: `${share}%` }} />
      </div>
    </div>
  )
}
