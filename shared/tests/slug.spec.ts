import { describe, expect, it } from 'vitest'
import { SLUG_PATTERN, slugify } from '../src/slug.ts'

describe('slugify', () => {
  it.each([
    ['Escalation of Attacks in Eastern Ghouta', 'escalation-of-attacks-in-eastern-ghouta'],
    ['  Syria & Russia: end the siege!  ', 'syria-and-russia-end-the-siege'],
    ['Déjà vu in Aleppo', 'deja-vu-in-aleppo'],
    ['"Never again"', 'never-again'],
    ['---', ''],
    ['La Ghouta orientale : « assez »', 'la-ghouta-orientale-assez'],
    ['أوقفوا الهجمات على الغوطة الشرقيّة', 'أوقفوا-الهجمات-على-الغوطة-الشرقية'],
    ['الغوطـــة', 'الغوطة'],
  ])('turns %j into %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('produces slugs that match the slug pattern, in every script', () => {
    expect(slugify('Six Years of Crisis, 2011–2017')).toMatch(SLUG_PATTERN)
    expect(slugify('Six ans de crise, 2011–2017')).toMatch(SLUG_PATTERN)
    expect(slugify('ست سنوات من الأزمة ٢٠١١')).toMatch(SLUG_PATTERN)
  })

  it('refuses what an address cannot carry as a slug', () => {
    for (const bad of ['Upper', 'two  spaces', 'trailing-', 'a/b', 'e\u0301', 'ا\u064e'])
      expect(bad).not.toMatch(SLUG_PATTERN)
  })

  it('keeps slugs short enough for URLs without a trailing hyphen', () => {
    const slug = slugify('word '.repeat(60))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
  })
})
