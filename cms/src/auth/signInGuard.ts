import {
  Forbidden,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { clientAddress } from '../http/clientAddress'
import { checkPasswordAgainstNobody } from './dummyPasswordCheck'
import { attemptKeys, type AttemptKeys, signInSucceeded, spendSignInAttempt } from './signInThrottle'
import { throttled } from './signInThrottled'

// Where the attempt's keys wait between the check before login and the success after it.
const ATTEMPT = 'vigil.signInAttempt'

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

// Before Payload's login (REST, GraphQL and the admin's form alike): throttle by address, then make
// an unknown account cost what a wrong password costs. Payload itself then looks the account up
// and answers unknown and wrong alike ("The email or password provided is incorrect.", 401).
async function guardLogin(req: PayloadRequest, data: Record<string, unknown>) {
  // The Local API is the server's own code (seeding, tests): no address to throttle.
  if (req.payloadAPI !== 'local') {
    const keys = attemptKeys(clientAddress(req.headers), typeof data.email === 'string' ? data.email : '')
    const wait = await spendSignInAttempt(keys)
    if (wait) throw throttled(req, wait)
    req.context[ATTEMPT] = keys
  }
  // Payload refuses a missing email or password before looking anything up, for any account.
  if (!filled(data.email) || !filled(data.password)) return
  const account = await req.payload.db.findOne({
    collection: 'users',
    req,
    where: { email: { equals: data.email.toLowerCase().trim() } },
  })
  if (!account) await checkPasswordAgainstNobody(data.password)
}

export const guardSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'login') await guardLogin(req, (args as { data?: Record<string, unknown> }).data ?? {})
  // GraphQL's forgot-password would wait for the account lookup and the email, so its timing would
  // tell which accounts exist; REST answers before looking (forgotPasswordEndpoint.ts).
  if (operation === 'forgotPassword' && req.payloadAPI === 'GraphQL') throw new Forbidden(req.t)
  return args
}

// The right password: the attempt it spent was not a failure.
export const forgiveSignIn: CollectionAfterLoginHook = async ({ req }) => {
  const keys = req.context[ATTEMPT] as AttemptKeys | undefined
  if (keys) await signInSucceeded(keys)
}
