import { describe, expect, it } from 'vitest'
import { catalogue } from '../src/catalogue/index.ts'
import { LOCALE_CODES } from '../src/locales.ts'
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
      // No language named: the form was the default language's.
      locale: 'en',
    })
  })

  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['AR', 'ar'],
    ['de-DE', 'en'],
    ['', 'en'],
    [42, 'en'],
  ])('takes the form language %j as %j', (locale, language) => {
    expect(signatureInput.parse({ ...valid, locale }).locale).toBe(language)
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
    ['a name that is a NUL', { name: '\u0000' }, 'name', MESSAGES.nameHidden],
    ['a name with a NUL inside', { name: 'Rana\u0000 Haddad' }, 'name', MESSAGES.nameHidden],
    ['a name that is a lone surrogate', { name: '\ud800' }, 'name', MESSAGES.nameHidden],
    ['a name ending in a lone low surrogate', { name: 'Rana \udc00' }, 'name', MESSAGES.nameHidden],
    ['a name with a bell character', { name: 'Rana\u0007' }, 'name', MESSAGES.nameHidden],
    ['a name with a line break', { name: 'Rana\nHaddad' }, 'name', MESSAGES.nameHidden],
    ['a name with a right-to-left override', { name: 'Rana \u202egnp.exe' }, 'name', MESSAGES.nameHidden],
    ['a name with a directional isolate', { name: 'Rana \u2066Haddad\u2069' }, 'name', MESSAGES.nameHidden],
    ['a name with a right-to-left mark', { name: 'Rana\u200f' }, 'name', MESSAGES.nameHidden],
    ['a name with a zero-width space', { name: 'Ra\u200bna' }, 'name', MESSAGES.nameHidden],
    ['a name that is a byte-order mark', { name: '\ufeff' }, 'name', MESSAGES.nameHidden],
    ['a name made of Hangul fillers', { name: '\u3164\u3164' }, 'name', MESSAGES.nameHidden],
    ['a name with a private-use character', { name: 'Rana \ue000' }, 'name', MESSAGES.nameHidden],
    ['a name with an invisible tag character', { name: 'Rana\u{e0041}' }, 'name', MESSAGES.nameHidden],
  ])('refuses %s with a message for that field', (_case, change, field, message) => {
    const result = signatureInput.safeParse({ ...valid, ...change })
    expect(result.success).toBe(false)
    expect(fieldErrors(result.error!)).toEqual({ [field]: message })
  })

  it.each([
    ['Arabic', 'رنا حداد'],
    ['Persian with a zero-width non-joiner', 'می\u200cخواهم'],
    ['an emoji sequence with a zero-width joiner', 'Rana 👩\u200d👩'],
    ['accents and an apostrophe', 'Zoë O’Brien-Lévesque'],
    ['Chinese', '李小龙'],
  ])('accepts a name in %s', (_case, name) => {
    expect(signatureInput.parse({ ...valid, name }).name).toBe(name.normalize('NFC'))
  })

  it('stores one spelling of accented letters', () => {
    expect(signatureInput.parse({ ...valid, name: 'Ame\u0301lie' }).name).toBe('Amélie')
  })

  it('drops hidden characters from campaign tags instead of refusing the signature', () => {
    const parsed = signatureInput.parse({ ...valid, utmSource: 'news\u0000letter\u202e', utmCampaign: '\ud800' })
    expect(parsed.utmSource).toBe('newsletter')
    expect(parsed.utmCampaign).toBeUndefined()
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

describe('problems in the signer’s language', () => {
  it('names each problem in French and in Arabic, from the same schema', () => {
    const result = signatureInput.safeParse({ name: '', email: 'nope', country: 'ZZ' })
    expect(fieldErrors(result.error!, 'fr')).toEqual({
      name: catalogue('fr').petition.problems.name,
      email: catalogue('fr').petition.problems.email,
      country: catalogue('fr').petition.problems.country,
    })
    expect(fieldErrors(result.error!, 'fr').email).toBe('Veuillez entrer une adresse courriel valide.')
    expect(fieldErrors(result.error!, 'ar').country).toBe('يُرجى اختيار بلدك.')
    expect(fieldErrors(result.error!)).toEqual({
      name: MESSAGES.name,
      email: MESSAGES.email,
      country: MESSAGES.country,
    })
  })

  it('has every problem the schema can name in every language', () => {
    for (const locale of LOCALE_CODES) {
      expect(Object.keys(catalogue(locale).petition.problems).sort()).toEqual(Object.keys(MESSAGES).sort())
    }
  })
})
