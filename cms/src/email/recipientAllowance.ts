import { createHmac } from 'node:crypto'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import { normaliseEmail } from '@vigil/shared'
import { env } from '../env'

// However often someone types an address into a form (a petition, "forgot password"), that address
// gets at most MAIL_PER_ADDRESS_PER_DAY messages in a day: Vigil cannot be used to flood a
// stranger's inbox. Counted per person the way signing deduplicates (normaliseEmail), under a keyed
// hash, so the counter holds no address. Held in this process, like the signing limit.
// Bound: one key per address mailed within the last day; each is dropped when its day ends.
const limiter = new RateLimiterMemory({ points: env.MAIL_PER_ADDRESS_PER_DAY, duration: 24 * 60 * 60 })
const recipientKey = createHmac('sha256', env.PAYLOAD_SECRET).update('vigil:mail-recipient').digest()
const keyOf = (address: string) =>
  createHmac('sha256', recipientKey).update(normaliseEmail(address)).digest('base64url').slice(0, 22)

/** Whether one more message may go to each of these addresses today; takes one from each allowance if so. */
export async function mayMail(addresses: string[]): Promise<boolean> {
  const keys = addresses.map(keyOf)
  for (const key of keys) {
    const left = await limiter.get(key)
    if (left && left.remainingPoints <= 0) return false
  }
  try {
    for (const key of keys) await limiter.consume(key)
    return true
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false
    throw rejection
  }
}
