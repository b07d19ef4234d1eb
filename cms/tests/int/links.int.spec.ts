import type { Payload } from 'payload'
import { LINK_RULE_MESSAGE } from '@vigil/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getTestPayload } from '../helpers/payload'

// Every link an editor sets goes through one rule: web and email addresses and paths on the site.
const HOSTILE = [
  'javascript:alert(document.domain)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/',
  '/\\evil.example/',
]

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

afterAll(async () => {
  await payload.destroy()
})

// The field errors Payload answers with, as `path: message`.
async function refusal(save: () => Promise<unknown>): Promise<string[]> {
  try {
    await save()
  } catch (error) {
    const data = (error as { data?: { errors?: { path: string; message: string }[] } }).data
    if (data?.errors) return data.errors.map(({ path, message }) => `${path}: ${message}`)
    throw error
  }
  throw new Error('saved a hostile link')
}

const richText = (url: string, type: 'link' | 'autolink' = 'link') => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          {
            type,
            version: 3,
            direction: null,
            format: '',
            indent: 0,
            fields: { url, linkType: 'custom', newTab: false },
            children: [{ type: 'text', version: 1, text: 'click', format: 0, detail: 0, mode: 'normal', style: '' }],
          },
        ],
      },
    ],
  },
})

describe.each(HOSTILE)('a hostile link %j', (href) => {
  it('is refused as the site’s privacy link, menu item and social account, and nothing changes', async () => {
    const before = await payload.findGlobal({ slug: 'site' })
    for (const data of [
      { privacyUrl: href },
      { menu: [{ label: 'Menu', href }] },
      { socials: [{ network: 'x' as const, url: href }] },
    ]) {
      const errors = await refusal(() => payload.updateGlobal({ slug: 'site', data }))
      expect(errors.join('\n')).toContain(LINK_RULE_MESSAGE)
    }
    expect(await payload.findGlobal({ slug: 'site' })).toEqual(before)
  })

  it('is refused as a post’s “read the full article” link and in its rich text', async () => {
    const externalLink = await refusal(() =>
      payload.create({ collection: 'posts', data: { title: 'Links', slug: 'links', externalLink: { url: href } } }),
    )
    expect(externalLink).toEqual([`externalLink.url: ${LINK_RULE_MESSAGE}`])
    for (const type of ['link', 'autolink'] as const) {
      const errors = await refusal(() =>
        payload.create({
          collection: 'posts',
          data: { title: `Rich ${type}`, slug: `rich-${type}`, body: richText(href, type) as never },
        }),
      )
      expect(errors).toEqual([`body: ${type} node failed to validate: The following fields are invalid: url`])
    }
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(0)
  })

  it('is refused as an author’s social account', async () => {
    const errors = await refusal(() =>
      payload.create({
        collection: 'authors',
        data: { name: 'Hostile', slug: 'hostile', socials: [{ network: 'website', handle: href }] },
      }),
    )
    expect(errors).toEqual([`socials.0.handle: ${LINK_RULE_MESSAGE}`])
  })
})

describe('links the rule allows', () => {
  it('saves web, email and site paths wherever links are set', async () => {
    await payload.updateGlobal({
      slug: 'site',
      data: {
        privacyUrl: '/privacy/',
        menu: [
          { label: 'Actions', href: '/actions/' },
          { label: 'Press', href: 'mailto:press@example.org' },
        ],
        socials: [{ network: 'x', url: 'https://x.com/amnestynow' }],
      },
    })
    const post = await payload.create({
      collection: 'posts',
      data: {
        title: 'Fine links',
        slug: 'fine-links',
        externalLink: { url: 'https://www.theglobeandmail.com/world/syria/' },
        body: richText('https://www.amnesty.ca/') as never,
      },
    })
    expect(post.externalLink?.url).toBe('https://www.theglobeandmail.com/world/syria/')
    const author = await payload.create({
      collection: 'authors',
      data: {
        name: 'Fine handles',
        slug: 'fine-handles',
        socials: [
          { network: 'x', handle: '@refugeescanada' },
          { network: 'mastodon', handle: '@leen@mastodon.social' },
          { network: 'website', handle: 'https://example.org/leen' },
        ],
      },
    })
    expect(author.socials).toHaveLength(3)
  })
})
