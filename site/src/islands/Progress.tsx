const number = new Intl.NumberFormat('en-CA')

interface Props {
  count: number
  goal: number
}

// The count toward the goal; announced politely when it changes after signing.
export function Progress({ count, goal }: Props) {
  const share = goal > 0 ? Math.min(100, Math.round((count / goal) * 100)) : 0
  return (
    <div className="progress">
      <p aria-live="polite">
        <strong>{number.format(count)}</strong> have signed · goal {number.format(goal)}
      </p>
      <div className="bar" role="img" aria-label={`${share}% of the goal`}>
        <span style={{ width: `${share}%` }} />
      </div>
    </div>
  )
}
