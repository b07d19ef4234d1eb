import { describe, expect, it } from 'vitest'
import { shareLinks, shareMessage, withUtm } from '../src/share.ts'

describe('withUtm', () => {
  it('tags a link with source, medium and campaign, keeping its own query', () => {
    const tagged = new URL(withUtm('https://example.org/actions/ghouta/?ref=a', 'x', 'ghouta'))
    expect(Object.fromEntries(tagged.searchParams)).toEqual({
      ref: 'a',
      utm_source: 'x',
      utm_medium: 'social',
      utm_campaign: 'ghouta',
    })
  })
})

describe('shareLinks', () => {
  const links = shareLinks('https://example.org/actions/ghouta/', 'Stop the bombing & sign', 'ghouta', 'Email')

  it('offers Facebook, X, WhatsApp and email, in that order', () => {
    expect(links.map((link) => link.label)).toEqual(['Facebook', 'X', 'WhatsApp', 'Email'])
  })

  it.each([
    ['Facebook', 'facebook'],
    ['X', 'x'],
    ['WhatsApp', 'whatsapp'],
    ['Email', 'email'],
  ])('tags the %s link with utm_source=%s and keeps the text intact', (label, source) => {
    const href = decodeURIComponent(links.find((link) => link.label === label)!.href)
    expect(href).toContain(`utm_source=${source}`)
    if (label !== 'Facebook') expect(href).toContain('Stop the bombing & sign')
  })
})

describe('shareMessage', () => {
  it('is the suggested text, or the title when there is none', () => {
    expect(shareMessage('Add your name', 'Stop the attacks')).toBe('Add your name')
    expect(shareMessage('', 'Stop the attacks')).toBe('Stop the attacks')
    expect(shareMessage(null, 'Stop the attacks')).toBe('Stop the attacks')
  })
})
