// Who may do what, by role: the only place a list of roles is written. Payload's access rules
// (the other files here), the endpoints and the admin's client components all ask these
// predicates. No runtime imports, so the admin's browser bundle can import this file.
import type { Label } from '../admin/labels'

export const ROLES = ['admin', 'editor', 'campaigner'] as const
export type Role = (typeof ROLES)[number]

/** The role a new account gets unless an admin chooses another. */
export const DEFAULT_ROLE: Role = 'editor'
/** The role of the first account, made by seeding. */
export const FIRST_ADMIN_ROLE: Role = 'admin'

/** Each role's name in the admin, in each of its languages. */
export const ROLE_LABELS: Record<Role, Label> = {
  admin: { en: 'Admin', fr: 'Administrateur' },
  editor: { en: 'Editor', fr: 'Rédacteur' },
  campaigner: { en: 'Campaigner', fr: 'Responsable de campagne' },
}

export const ROLE_DESCRIPTION: Label = {
  en: 'Admin: everything, including users. Editor: content only. Campaigner: content and the signatures of actions.',
  fr: 'Administrateur : tout, y compris les utilisateurs. Rédacteur : le contenu seulement. Responsable de campagne : le contenu et les signatures des actions.',
}

// Accepts the server user and the admin panel's client user alike.
type MaybeUser = object | null | undefined

const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user && 'role' in user && typeof user.role === 'string' && (roles as readonly string[]).includes(user.role))

/** Everything, users included. */
export const userIsAdmin = (user: MaybeUser) => hasRole(user, 'admin')
/** Anyone signed in to the admin: every role. Sees drafts, the build status. */
export const userIsStaff = (user: MaybeUser) => hasRole(user, ...ROLES)
/** Signer personal data (read, export, erase): campaigners, who deliver and erase it, and admins. */
export const userCanHandleSignatures = (user: MaybeUser) => hasRole(user, 'admin', 'campaigner')
/** "Rebuild now": those who publish content, not campaigners. */
export const userCanRebuildSite = (user: MaybeUser) => hasRole(user, 'admin', 'editor')
