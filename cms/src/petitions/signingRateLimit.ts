import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { env } from '../env'

// Per-address signing limit. Held in this process: with several CMS instances each enforces it
// on its own share of traffic (see README, Scaling).
// Bound: one key per address hash that signed within the last window; each is dropped by a timer when
// its window ends, so the store holds at most the addresses of one window's traffic.
const limiter = new RateLimiterMemory({ points: env.SIGN_RATE_LIMIT, duration: env.SIGN_RATE_WINDOW_SECONDS })

// Seconds until this address may sign again, or 0 when it may sign now.
export async function signingWait(addressHash: string): Promise<number> {
  try {
    await limiter.consume(addressHash)
    return 0
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}
