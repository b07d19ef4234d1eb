import { describe, expect, it } from 'vitest'
import { sessionCookie } from '../../src/auth/sessionCookie'

describe('the staff session cookie', () => {
  it('is Secure and strict when the CMS runs on https', () => {
    expect(sessionCookie('https://cms.example.org')).toEqual({ sameSite: 'Strict', secure: true })
  })

  it('is strict but not Secure on a local http address, where browsers would drop a Secure cookie', () => {
    expect(sessionCookie('http://localhost:3000')).toEqual({ sameSite: 'Strict', secure: false })
  })
})
