import { describe, expect, it } from 'vitest'
import { signatureInput } from '../src/petition.ts'
import {
  campaignTags,
  hiddenFields,
  PETITION_FIELDS,
  PETITION_LIMITS,
  PETITION_TEXT,
  petitionFields,
  privacySentences,
} from '../src/petitionForm.ts'

const valid = { name: 'Rana Haddad', email: 'rana@example.org', country: 'CA' }

describe('the petition form’s fields', () => {
  it('are name, email, country and postal code, in that order, only the postal code optional', () => {
    expect(PETITION_FIELDS.map((field) => [field.name, field.required])).toEqual([
      ['name', true],
      ['email', true],
      ['country', true],
      ['postalCode', false],
    ])
    expect(PETITION_FIELDS.map((field) => field.label)).toEqual(['Full name', 'Email', 'Country', 'Postal code'])
  })

  it('offer the countries after a "choose" option with no value', () => {
    const country = PETITION_FIELDS.find((field) => field.name === 'country')!
    expect(country.choices?.[0]).toEqual(['', 'Choose your country'])
    expect(country.choices).toContainEqual(['CA', 'Canada'])
  })

  it.each([
    ['name', 'R'.repeat(PETITION_LIMITS.name)],
    ['email', `${'r'.repeat(PETITION_LIMITS.email - '@example.org'.length)}@example.org`],
    ['postalCode', '1'.repeat(PETITION_LIMITS.postalCode)],
  ] as const)('limit %s to what the schema accepts, and no more', (name, longest) => {
    const field = PETITION_FIELDS.find((each) => each.name === name)!
    expect(field.maxLength).toBe(longest.length)
    expect(signatureInput.safeParse({ ...valid, [name]: longest }).success).toBe(true)
    expect(signatureInput.safeParse({ ...valid, [name]: `${longest}1` }).success).toBe(false)
  })
})

describe('campaign tags', () => {
  it('are read from the link’s utm_ parameters, cut to what the schema accepts', () => {
    const long = 'n'.repeat(PETITION_LIMITS.campaignTag + 20)
    const tags = campaignTags(new URLSearchParams({ utm_source: long, utm_campaign: 'ghouta', other: 'x' }))
    expect(tags).toEqual({
      utmSource: long.slice(0, PETITION_LIMITS.campaignTag),
      utmMedium: '',
      utmCampaign: 'ghouta',
    })
    expect(signatureInput.parse({ ...valid, ...tags })).toMatchObject({
      utmSource: tags.utmSource,
      utmCampaign: 'ghouta',
    })
    expect(signatureInput.safeParse({ ...valid, utmSource: long }).success).toBe(false)
  })

  it('travel in hidden fields after the form’s promise, locale last', () => {
    expect(hiddenFields({ consentVersion: 3, namesGoToTargets: false }, { utmSource: 'mail', locale: 'ar' })).toEqual([
      ['consentVersion', '3'],
      ['namesGoToTargets', 'false'],
      ['utmSource', 'mail'],
      ['utmMedium', ''],
      ['utmCampaign', ''],
      ['locale', 'ar'],
    ])
  })
})

describe('the form’s words', () => {
  it('count the problems to check', () => {
    expect(PETITION_TEXT.checkAnswers(1)).toBe('Please check one answer.')
    expect(PETITION_TEXT.checkAnswers(3)).toBe('Please check 3 answers.')
  })

  it('say what becomes of the name, as the action promises, and what the details are for', () => {
    expect(privacySentences('the UN Security Council', true)).toBe(
      'Your name and country will be delivered to the UN Security Council; your email never is. ' +
        'We use your details only for this petition and, if you tick the box, for updates.',
    )
    expect(privacySentences('the UN Security Council', false)).toBe(
      'Your name is not passed on to the UN Security Council. ' +
        'We use your details only for this petition and, if you tick the box, for updates.',
    )
  })
})

describe('the form in French and Arabic', () => {
  it('labels the same fields in the reader’s language', () => {
    const names = (locale?: 'fr' | 'ar') =>
      petitionFields(locale).map((field) => [field.name, field.required, field.maxLength])
    expect(names('fr')).toEqual(names())
    expect(names('ar')).toEqual(names())
    expect(petitionFields('fr').map((field) => field.label)).toEqual(['Nom complet', 'Courriel', 'Pays', 'Code postal'])
    expect(petitionFields('ar').find((field) => field.name === 'country')?.choices?.[0]).toEqual(['', 'اختر بلدك'])
  })

  it('say what becomes of the name in French, with French spacing, and in Arabic', () => {
    const french = privacySentences('le Conseil de sécurité de l’ONU', true, 'fr')
    expect(french).toContain('Destinataires\u00a0: le Conseil de sécurité de l’ONU.')
    expect(french).not.toMatch(/ [:;!?]/)
    expect(privacySentences('مجلس الأمن', false, 'ar')).toContain('مجلس الأمن')
  })
})
