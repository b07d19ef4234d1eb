import { type Locale, localeInfo } from '@vigil/shared'

// Dates and numbers in each language's conventions: "March 2, 2018" and "50,000" in English,
// « 2 mars 2018 » and « 50 000 » in French, Arabic digits in Arabic.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>()
const numberFormats = new Map<Locale, Intl.NumberFormat>()

export function formatDate(iso: string, locale: Locale): string {
  let format = dateFormats.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(localeInfo(locale).intl, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    })
    dateFormats.set(locale, format)
  }
  return format.format(new Date(iso))
}

export function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale)
  if (!format) {
    format = new Intl.NumberFormat(localeInfo(locale).intl)
    numberFormats.set(locale, format)
  }
  return format.format(value)
}
