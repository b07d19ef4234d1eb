import type { Access } from 'payload'
import { hasRole } from './roles'

// Anyone who may edit content: every role except a visitor.
export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'campaigner')
