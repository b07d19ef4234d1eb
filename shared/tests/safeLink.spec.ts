import { describe, expect, it } from 'vitest'
import { isExternalLink, safeLink } from '../src/safeLink.ts'

describe('safeLink', () => {
  it.each([
    ['https://www.amnesty.ca/syria', 'https://www.amnesty.ca/syria'],
    ['HTTPS://Example.org/Path?q=1#top', 'https://example.org/Path?q=1#top'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:press@example.org', 'mailto:press@example.org'],
    ['mailto:press@example.org?subject=Syria', 'mailto:press@example.org?subject=Syria'],
    ['mailto:?subject=Sign%20this', 'mailto:?subject=Sign%20this'],
    ['/privacy', '/privacy'],
    ['/actions/?utm_source=menu#open', '/actions/?utm_source=menu#open'],
    ['/actions/alep%20now/', '/actions/alep%20now/'],
  ])('allows %j', (input, expected) => {
    expect(safeLink(input)).toBe(expected)
  })

  it.each([
    ['a script', 'javascript:alert(document.domain)'],
    ['a script in capitals', 'JavaScript:alert(1)'],
    ['a script with a tab in the scheme', 'java\tscript:alert(1)'],
    ['a script with a newline in the scheme', 'java\nscript:alert(1)'],
    ['a script with a carriage return in the scheme', 'java\rscript:alert(1)'],
    ['a script after leading spaces', '  javascript:alert(1)'],
    ['a script after a leading control character', '\u0001javascript:alert(1)'],
    ['a script after a NUL', '\u0000javascript:alert(1)'],
    ['a script with a zero-width space', 'java\u200bscript:alert(1)'],
    ['a script behind a byte-order mark', '\ufeffjavascript:alert(1)'],
    ['a script spelled with an entity', 'javascript&colon;alert(1)'],
    ['a script with a numeric entity', 'javascript&#58;alert(1)'],
    ['a script with an entity for the first letter', '&#106;avascript:alert(1)'],
    ['a script written with percent escapes', 'javascript%3Aalert(1)'],
    ['a data page', 'data:text/html,<script>alert(1)</script>'],
    ['a data page in capitals', 'DATA:text/html;base64,PHNjcmlwdD4='],
    ['VBScript', 'vbscript:msgbox(1)'],
    ['a file', 'file:///etc/passwd'],
    ['a protocol-relative address', '//evil.example/'],
    ['a backslash that leaves the site', '/\\evil.example/'],
    ['backslashes only', '\\\\evil.example'],
    ['credentials that disguise the host', 'https://amnesty.ca@evil.example/'],
    ['a web address without a host', 'https://'],
    ['a bare host', 'www.example.org'],
    ['a relative path', 'actions/'],
    ['an empty string', ''],
    ['something that is not text', 42],
  ])('refuses %s', (_name, input) => {
    expect(safeLink(input)).toBeUndefined()
  })
})

describe('isExternalLink', () => {
  it('tells addresses on other sites from paths on this one', () => {
    expect(isExternalLink('https://example.org/')).toBe(true)
    expect(isExternalLink('/actions/')).toBe(false)
    expect(isExternalLink('mailto:press@example.org')).toBe(false)
  })
})
