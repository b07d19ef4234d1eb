import { NOTICE_MAX_AGE_MS } from '@vigil/shared'

// The ids of the notices accepted lately, so each notice is accepted once. An id needs keeping only
// while its notice's signing time is still acceptable: after that, openNotice refuses the notice as
// too old anyway. So the memory holds at most the notices accepted in the last NOTICE_MAX_AGE_MS
// (plus NOTICE_MAX_SKEW_MS for a clock ahead): a few hundred on the busiest day, and only signed
// notices get in, so no one without WEBHOOK_SECRET can fill it.
export class SeenNotices {
  // id → the time after which its notice is refused as too old.
  private readonly expiries = new Map<string, number>()

  /** Remembers the id; false when it was accepted before. */
  accept(noticeId: string, sentAtMs: number, now: number = Date.now()): boolean {
    for (const [id, expiry] of this.expiries) if (expiry < now) this.expiries.delete(id)
    if (this.expiries.has(noticeId)) return false
    this.expiries.set(noticeId, sentAtMs + NOTICE_MAX_AGE_MS)
    return true
  }

  get size(): number {
    return this.expiries.size
  }
}
