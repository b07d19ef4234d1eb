import type { Access } from 'payload'
import { hasRole } from './roles'

// Signer personal data: campaigners (who deliver and erase it) and admins, nobody else.
export const canHandleSignatures: Access = ({ req: { user } }) => hasRole(user, 'admin', 'campaigner')
