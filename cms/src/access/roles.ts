export const ROLES = ['admin', 'editor', 'campaigner'] as const
export type Role = (typeof ROLES)[number]

// Accepts the server user and the admin panel's client user alike.
type MaybeUser = object | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user && 'role' in user && typeof user.role === 'string' && (roles as readonly string[]).includes(user.role))
