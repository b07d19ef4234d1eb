import type { PayloadRequest } from 'payload'
import { userIsStaff } from './roles'

// Anyone who may edit content: every role except a visitor. A plain yes or no, so it serves as an
// access rule and as a collection's `admin` (who may open it in the admin) alike.
export const isStaff = ({ req: { user } }: { req: PayloadRequest }): boolean => userIsStaff(user)
