import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { env } from '../env'
import { hashAddress } from '../http/clientAddress'

// Sign-in attempts are counted per address and per (address, account), never per account alone:
// an address that keeps failing is slowed down, but an account's owner elsewhere is never locked
// out by someone else's failures. Every attempt spends a point before the password is checked
// (so parallel guesses cannot overtake the count) and a successful sign-in gives it back.
//
// This is the only module that knows where the counters live. They are in this process's memory:
// - bounded by traffic: each address that tries holds two entries (a key and a timer, well under
//   1 KB together) until its window ends, so 100,000 distinct addresses in one window cost
//   tens of MB, and nothing outlives SIGN_IN_WINDOW_SECONDS;
// - per process: behind N CMS instances an address gets up to N× the allowance, and a restart
//   forgets the counts. A shared store (the database or Redis) replaces these two limiters here.
const window = env.SIGN_IN_WINDOW_SECONDS
const perAddress = new RateLimiterMemory({ keyPrefix: 'a', points: env.SIGN_IN_FAILURES_PER_ADDRESS, duration: window })
const perAccount = new RateLimiterMemory({ keyPrefix: 'p', points: env.SIGN_IN_FAILURES_PER_ACCOUNT, duration: window })

export interface AttemptKeys {
  address: string
  pair: string
}

// Addresses are personal data: only keyed hashes are held, as for signing.
export const attemptKeys = (address: string, account: string): AttemptKeys => ({
  address: hashAddress(address),
  pair: hashAddress(`${address}\n${account.trim().toLowerCase()}`),
})

const waitSeconds = (outcome: PromiseSettledResult<unknown>): number => {
  if (outcome.status === 'fulfilled') return 0
  if (outcome.reason instanceof RateLimiterRes) return Math.max(1, Math.ceil(outcome.reason.msBeforeNext / 1000))
  throw outcome.reason
}

// Spends one attempt. Resolves to the seconds to wait before trying again, or 0 when the attempt
// may go ahead. The answer depends only on what this address sent, never on whether the account exists.
export async function spendSignInAttempt(keys: AttemptKeys): Promise<number> {
  const outcomes = await Promise.allSettled([perAddress.consume(keys.address), perAccount.consume(keys.pair)])
  return Math.max(...outcomes.map(waitSeconds))
}

// A request that is not a guess at a password but still probes accounts (forgot-password).
export async function spendAddressAttempt(address: string): Promise<number> {
  const [outcome] = await Promise.allSettled([perAddress.consume(hashAddress(address))])
  return waitSeconds(outcome!)
}

// The right password: this attempt was not a failure.
export async function signInSucceeded(keys: AttemptKeys): Promise<void> {
  const spent = await perAddress.get(keys.address)
  if (spent && spent.consumedPoints > 0) await perAddress.reward(keys.address)
  await perAccount.delete(keys.pair)
}
