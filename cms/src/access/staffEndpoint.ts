import type { Endpoint, PayloadRequest } from 'payload'
import type { User } from '../payload-types'

interface Guard {
  /** A role predicate from roles.ts. */
  allowed: (user: PayloadRequest['user']) => boolean
  /** What everyone else is told, with a 403, before anything of theirs is read. */
  refusal: string
}

// A REST endpoint only some staff may call. The check comes first and answers the same way on
// every such endpoint, so no handler can start work for someone it then refuses.
export const staffEndpoint = (
  { path, method }: Pick<Endpoint, 'path' | 'method'>,
  { allowed, refusal }: Guard,
  handler: (req: PayloadRequest & { user: User }) => Promise<Response>,
): Endpoint => ({
  path,
  method,
  handler: (req) =>
    req.user && allowed(req.user)
      ? handler(req as PayloadRequest & { user: User })
      : Promise.resolve(Response.json({ message: refusal }, { status: 403 })),
})
