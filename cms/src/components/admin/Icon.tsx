// Vigil's mark: a candle flame, for the admin navigation.
export function Icon() {
  return (
    <svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24" fill="none">
      <path d="M12 2c2.5 3.2 4 5.6 4 8a4 4 0 0 1-8 0c0-2.4 1.5-4.8 4-8Z" fill="#e8a33d" />
      <rect x="9" y="14" width="6" height="8" rx="1" fill="currentColor" />
    </svg>
  )
}
