import { Icon } from './Icon'

// The wordmark on the admin login page.
export function Logo() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '0.6rem', fontSize: '2rem', fontWeight: 700 }}>
      <span style={{ transform: 'scale(1.6)', display: 'inline-flex' }}>
        <Icon />
      </span>
      <span>Vigil</span>
    </div>
  )
}
