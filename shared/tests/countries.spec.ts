import { describe, expect, it } from 'vitest'
import { COUNTRY_CODES, countries } from '../src/countries.ts'
import { LOCALE_CODES } from '../src/locales.ts'
import { petitionFields } from '../src/petitionForm.ts'

const nameOf = (locale: (typeof LOCALE_CODES)[number], code: string) =>
  countries(locale).find(([each]) => each === code)?.[1]

describe('country names', () => {
  it.each(LOCALE_CODES)('in %s name every code once, and no other', (locale) => {
    const codes = countries(locale).map(([code]) => code)
    expect(new Set(codes).size).toBe(codes.length)
    expect([...codes].sort()).toEqual([...COUNTRY_CODES].sort())
    expect(countries(locale).every(([, name]) => name.trim().length > 0)).toBe(true)
  })

  it.each(LOCALE_CODES)('in %s are in that language’s alphabetical order', (locale) => {
    const names = countries(locale).map(([, name]) => name)
    expect(names).toEqual([...names].sort(new Intl.Collator(locale).compare))
  })

  it('are in the reader’s language', () => {
    expect(['CA', 'SY', 'US', 'DE'].map((code) => nameOf('fr', code))).toEqual([
      'Canada',
      'Syrie',
      'États-Unis',
      'Allemagne',
    ])
    expect(['CA', 'SY', 'LB'].map((code) => nameOf('ar', code))).toEqual(['كندا', 'سوريا', 'لبنان'])
    // French puts Afrique du Sud (ZA) near the top, where English has South Africa far below.
    expect(countries('fr').findIndex(([code]) => code === 'ZA')).toBeLessThan(5)
  })

  it('fill the form’s country list in the page’s language, after its "choose" option', () => {
    const choicesIn = (locale: 'fr' | 'ar') => petitionFields(locale).find((field) => field.name === 'country')!.choices
    expect(choicesIn('fr')?.[0]).toEqual(['', 'Choisissez votre pays'])
    expect(choicesIn('fr')).toContainEqual(['SY', 'Syrie'])
    expect(choicesIn('ar')).toContainEqual(['SY', 'سوريا'])
    expect(choicesIn('ar')?.slice(1)).toEqual(countries('ar'))
  })
})
