import type { PayloadRequest } from 'payload'
import { userCanHandleSignatures } from './roles'

// Signer personal data: campaigners (who deliver and erase it) and admins, nobody else. A plain
// yes or no, so it serves as a collection's access rule and as its `admin` (who sees it) alike.
export const canHandleSignatures = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  userCanHandleSignatures(user)
