import { APIError, mergeHeaders, type PayloadRequest } from 'payload'

// One answer for every throttled request, whichever account it named and whether it exists.
export const THROTTLED_MESSAGE = 'Too many sign-in attempts from this address. Wait a few minutes, then try again.'

export class SignInThrottled extends APIError {
  constructor() {
    super(THROTTLED_MESSAGE, 429, null, true)
    // Set by hand: a bundler may rename the class, and payload.config's loggingLevels key on this name.
    this.name = 'SignInThrottled'
  }
}

// 429 with Retry-After: Payload's error route sends req.responseHeaders with the error.
export function throttled(req: PayloadRequest, seconds: number): SignInThrottled {
  req.responseHeaders = mergeHeaders(
    req.responseHeaders ?? new Headers(),
    new Headers({ 'Retry-After': String(seconds) }),
  )
  return new SignInThrottled()
}
