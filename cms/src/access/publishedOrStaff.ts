import type { Access } from 'payload'
import { userIsStaff } from './roles'

// Visitors get a query, not a boolean, so lists filter instead of failing.
export const publishedOrStaff: Access = ({ req: { user } }) => userIsStaff(user) || { _status: { equals: 'published' } }
