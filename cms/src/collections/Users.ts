import type { CollectionConfig } from 'payload'
import { adminOrSelf } from '../access/adminOrSelf'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { DEFAULT_ROLE, ROLE_DESCRIPTION, ROLE_LABELS, ROLES } from '../access/roles'
import { NAME, SETTINGS } from '../admin/labels'
import { env } from '../env'
import { forgotPasswordEndpoint } from '../auth/forgotPasswordEndpoint'
import { sessionCookie } from '../auth/sessionCookie'
import { forgiveSignIn, guardSignIn } from '../auth/signInGuard'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', fr: 'Utilisateur' }, plural: { en: 'Users', fr: 'Utilisateurs' } },
  access: {
    admin: isStaff,
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role'],
    group: SETTINGS,
  },
  auth: {
    // No per-account lockout: anyone could lock any account by failing on purpose, and the
    // "locked" answer would show that the account exists. Failures are throttled per address and
    // per (address, account) instead, so the owner elsewhere can always sign in (src/auth/).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: sessionCookie(env.CMS_URL),
  },
  hooks: {
    beforeOperation: [guardSignIn],
    afterLogin: [forgiveSignIn],
  },
  endpoints: [forgotPasswordEndpoint],
  fields: [
    { name: 'name', label: NAME, type: 'text', required: true },
    {
      name: 'role',
      label: { en: 'Role', fr: 'Rôle' },
      type: 'select',
      required: true,
      defaultValue: DEFAULT_ROLE,
      saveToJWT: true,
      options: ROLES.map((role) => ({ label: ROLE_LABELS[role], value: role })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: ROLE_DESCRIPTION,
      },
    },
  ],
}
