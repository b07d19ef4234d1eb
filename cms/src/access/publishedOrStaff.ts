import type { Access } from 'payload'
import { hasRole } from './roles'

// Visitors get a query, not a boolean, so lists filter instead of failing.
export const publishedOrStaff: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'campaigner') || { _status: { equals: 'published' } }
