import crypto from 'node:crypto'

// Payload answers an unknown email without hashing anything, so a wrong password (one PBKDF2 run,
// a few hundred milliseconds) would take visibly longer than an unknown account. For an unknown
// account we therefore verify the password against a hash nobody has, with the parameters Payload
// uses for every current hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js:
// PBKDF2-SHA256, 600,000 iterations, 32-byte key). tests/int/signIn.int.spec.ts fails if Payload
// changes them.
export const PASSWORD_HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const

const salt = crypto.randomBytes(32).toString('hex')
const unmatchable = crypto.randomBytes(PASSWORD_HASH.keyLength)

// The same work, and the same comparison, as checking a real account's password; always a mismatch.
export function checkPasswordAgainstNobody(password: string): Promise<void> {
  const { iterations, keyLength, digest } = PASSWORD_HASH
  return new Promise((resolve) => {
    // crypto.pbkdf2 through the module object, as Payload calls it, so the test can observe both.
    crypto.pbkdf2(password, salt, iterations, keyLength, digest, (error, derived) => {
      if (!error) crypto.timingSafeEqual(derived, unmatchable)
      resolve()
    })
  })
}
