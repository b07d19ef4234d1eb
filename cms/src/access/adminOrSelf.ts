import type { Access } from 'payload'
import { userIsAdmin } from './roles'

export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (userIsAdmin(user)) return true
  return { id: { equals: user.id } }
}
