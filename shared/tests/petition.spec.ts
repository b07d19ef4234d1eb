import { describe, expect, it } from 'vitest'
import { fieldErrors, isBot, MESSAGES, normaliseEmail, signatureInput } from '../src/petition.ts'

describe('normaliseEmail', () => {
  it.each([
    ['  Rana.Haddad@Example.ORG ', 'rana.haddad@example.org'],
    ['rana+syria@example.org', 'rana@example.org'],
    ['R.A.N.A+petitions@GMail.com', 'rana@gmail.com'],
    ['rana@googlemail.com', 'rana@gmail.com'],
    ['r.ana@proton.me', 'r.ana@proton.me'],
  ])('turns %j into %j', (email, key) => {
    expect(normaliseEmail(email)).toBe(key)
  })

  it('gives the same key for every way one Gmail user can type their address', () => {
    const keys = new Set(
      ['Joe.Bloggs@gmail.com', 'joebloggs+x@gmail.com', ' JOEBLOGGS@googlemail.com'].map(normaliseEmail),
    )
    expect([...keys]).toEqual(['joebloggs@gmail.com'])
  })
})

const valid = { name: 'Rana Haddad', email: 'rana@example.org', country: 'ca' }

describe('signatureInput', () => {
  it('accepts a complete signature and tidies it', () => {
    const result = signatureInput.parse({
      ...valid,
      name: '  Rana Haddad ',
      postalCode: 'M5V 2T6',
      consentToUpdates: 'on',
    })
    expect(result).toEqual({
      name: 'Rana Haddad',
      email: 'rana@example.org',
      country: 'CA',
      postalCode: 'M5V 2T6',
      consentToUpdates: true,
    })
  })

  it('leaves consent unticked unless the signer ticked it', () => {
    expect(signatureInput.parse(valid).consentToUpdates).toBe(false)
    expect(signatureInput.parse({ ...valid, consentToUpdates: 'false' }).consentToUpdates).toBe(false)
  })

  it.each([
    ['a missing name', { name: '' }, 'name', MESSAGES.name],
    ['a name starting with =', { name: '=HYPERLINK("x")' }, 'name', MESSAGES.nameFormula],
    ['a name starting with +', { name: '+1 555' }, 'name', MESSAGES.nameFormula],
    ['a name starting with -', { name: '-2+3' }, 'name', MESSAGES.nameFormula],
    ['a name starting with @', { name: '@SUM(A1)' }, 'name', MESSAGES.nameFormula],
    ['a name with a URL', { name: 'Cheap pills https://spam.example' }, 'name', MESSAGES.nameUrl],
    ['a name with a bare domain', { name: 'visit pills.com' }, 'name', MESSAGES.nameUrl],
    ['an invalid email', { email: 'rana@' }, 'email', MESSAGES.email],
    ['a country that is not a code', { country: 'Canada' }, 'country', MESSAGES.country],
    ['a code that names no country', { country: 'ZZ' }, 'country', MESSAGES.country],
    ['a postal code with symbols', { postalCode: '<script>' }, 'postalCode', MESSAGES.postalCode],
  ])('refuses %s with a message for that field', (_case, change, field, message) => {
    const result = signatureInput.safeParse({ ...valid, ...change })
    expect(result.success).toBe(false)
    expect(fieldErrors(result.error!)).toEqual({ [field]: message })
  })

  it('reports every wrong field at once', () => {
    const result = signatureInput.safeParse({ name: '', email: 'x', country: '' })
    expect(Object.keys(fieldErrors(result.error!)).sort()).toEqual(['country', 'email', 'name'])
  })
})

describe('the honeypot', () => {
  it('marks submissions that filled in the hidden field', () => {
    expect(isBot({ ...valid, website: 'http://spam.example' })).toBe(true)
    expect(isBot({ ...valid, website: '' })).toBe(false)
    expect(isBot(valid)).toBe(false)
  })
})
