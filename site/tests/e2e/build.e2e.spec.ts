import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { gunzipSync, gzipSync } from 'node:zlib'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, inject, it } from 'vitest'
import { HOSTILE_LINKS, SIGNER } from '@vigil/cms/testing'
import { DRAFT_SLUG, SITE_URL, TIMED } from './globalSetup'
import { HOSTILE } from './hostilePost'
import { safeLink } from '@vigil/shared'
import { cmsList, dom, domOfFile, executableScripts, exists, html as page, htmlFiles } from './output'

const outDir = inject('outDir')
const cmsUrl = inject('cmsUrl')
type Doc = { slug: string; title?: string; name?: string; publishedAt?: string }

describe('a page for everything published', () => {
  it.each([
    ['posts', '/posts/'],
    ['actions', '/actions/'],
    ['authors', '/authors/'],
    ['topics', '/topics/'],
  ])('builds a page for every published document in %s', async (collection, prefix) => {
    const docs = await cmsList<Doc>(cmsUrl, collection)
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) {
      const html = page(outDir, `${prefix}${doc.slug}/`)
      expect(html).toContain('<h1')
    }
  })

  it('builds no page for a draft', () => {
    expect(exists(outDir, `/posts/${DRAFT_SLUG}/`)).toBe(false)
    expect(page(outDir, '/')).not.toContain('Unpublished draft')
  })

  it('lists posts newest first, ten to a page, with older pages linked', async () => {
    const posts = (await cmsList<Doc>(cmsUrl, 'posts')).sort((a, b) => b.publishedAt!.localeCompare(a.publishedAt!))
    const linked = (urlPath: string) => {
      const $ = dom(outDir, urlPath)
      return $('article.card h2 a')
        .toArray()
        .map((a) => $(a).attr('href'))
    }
    expect(linked('/')).toEqual(posts.slice(0, 10).map((post) => `/posts/${post.slug}/`))
    expect(dom(outDir, '/')('a[rel="next"]').attr('href')).toBe('/page/2/')
    expect(linked('/page/2/')).toEqual(posts.slice(10, 20).map((post) => `/posts/${post.slug}/`))
  })

  it('shows date, byline with role, lead, hero image and a call to the related action on the home page', () => {
    const $ = dom(outDir, '/')
    const first = $('article.card').first()
    expect(first.find('time').attr('datetime')).toBe('2018-03-02T14:00:00.000Z')
    expect(first.find('time').text()).toBe('March 2, 2018')
    expect(first.find('.lead').text()).toMatch(/400,000 civilians/)
    expect(first.find('img').attr('src')).toBe('/media/post-eastern-ghouta-escalation-768x432.webp')
    expect(first.find('a.button').attr('href')).toBe('/actions/stop-the-attacks-on-eastern-ghouta/')
    const byShetty = $('article.card').filter((_, card) => $(card).text().includes('rule of law'))
    expect(byShetty.find('.byline').text().replace(/\s+/g, ' ').trim()).toBe(
      'By Salil Shetty, Secretary General, Amnesty International',
    )
  })

  it('lists open actions before closed ones, and marks the closed', () => {
    const html = page(outDir, '/actions/')
    expect(html.indexOf('Stop the attacks on Eastern Ghouta')).toBeLessThan(
      html.indexOf('Let the people of Aleppo leave safely'),
    )
    expect(html).toMatch(/Closed actions/)
  })

  describe('an action’s state, the same everywhere it appears', () => {
    const OPEN = { slug: 'stop-the-attacks-on-eastern-ghouta' }
    // The card of a post on whichever home or archive page lists it.
    const cardOf = (postSlug: string) => {
      for (const file of htmlFiles(outDir).filter((f) => /\/(index|page\/\d+\/index)\.html$/.test(f))) {
        const $ = domOfFile(file)
        const card = $(`article.card:has(h2 a[href="/posts/${postSlug}/"])`)
        if (card.length) return card
      }
      throw new Error(`no card for ${postSlug}`)
    }
    const section = (heading: string) => {
      const $ = dom(outDir, '/actions/')
      return $(`section:has(h2:contains("${heading}")) h3 a`)
        .toArray()
        .map((a) => $(a).attr('href'))
    }

    it('lists each action under where it stands: open now, opening soon, closed', () => {
      expect(section('Open now')).toEqual([`/actions/${OPEN.slug}/`])
      expect(section('Opening soon')).toEqual([`/actions/${TIMED.upcoming.slug}/`])
      expect(section('Closed actions')).toContain(`/actions/${TIMED.pastClosing.slug}/`)
      expect(section('Closed actions')).toContain('/actions/safe-evacuation-from-aleppo/')
    })

    it('offers the form only on the open action’s page', () => {
      const state = (slug: string) => {
        const $ = dom(outDir, `/actions/${slug}/`)
        return { heading: $('#sign-heading').text(), form: $('#sign form').length, kicker: $('.kicker').first().text() }
      }
      expect(state(OPEN.slug)).toEqual({ heading: 'Add your name', form: 1, kicker: 'Take action' })
      expect(state(TIMED.upcoming.slug)).toEqual({ heading: 'Not open yet', form: 0, kicker: 'Opening soon' })
      expect(state(TIMED.pastClosing.slug)).toEqual({ heading: 'Final count', form: 0, kicker: 'Action closed' })
      expect(dom(outDir, `/actions/${TIMED.upcoming.slug}/`)('#sign').text()).toMatch(/Signing opens on \w+ \d+, \d{4}/)
    })

    it('says SIGN NOW on a post card only when its action is open', () => {
      expect(cardOf(TIMED.upcoming.post).find('a.button')).toHaveLength(0)
      expect(cardOf(TIMED.pastClosing.post).find('a.button')).toHaveLength(0)
      expect(dom(outDir, '/')('a.button[href="/actions/stop-the-attacks-on-eastern-ghouta/"]').length).toBeGreaterThan(
        0,
      )
    })

    it('boxes the action on a post page as it stands', () => {
      const box = (postSlug: string) => {
        const $ = dom(outDir, `/posts/${postSlug}/`)
        return { kicker: $('.action-box .kicker').text(), buttons: $('.action-box a.button').length }
      }
      expect(box(TIMED.upcoming.post)).toEqual({ kicker: expect.stringMatching(/^Opens \w+ \d+, \d{4}$/), buttons: 0 })
      expect(box(TIMED.pastClosing.post)).toEqual({ kicker: 'Action closed', buttons: 0 })
    })
  })

  it('lists every post in the RSS feed and every page in the sitemap', async () => {
    const posts = await cmsList<Doc>(cmsUrl, 'posts')
    const rss = readFileSync(path.join(outDir, 'rss.xml'), 'utf8')
    const sitemap = readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8')
    for (const post of posts) {
      expect(rss).toContain(`${SITE_URL}/posts/${post.slug}/`)
      expect(sitemap).toContain(`<loc>${SITE_URL}/posts/${post.slug}/</loc>`)
    }
    expect(sitemap).toContain(`<loc>${SITE_URL}/actions/stop-the-attacks-on-eastern-ghouta/</loc>`)
    expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}/sitemap-index.xml`)
    expect(existsSync(path.join(outDir, '404.html'))).toBe(true)
  })
})

describe('what a visitor receives', () => {
  it('ships no JavaScript on post, author, topic and list pages', () => {
    // Exceptions: the search page (Pagefind's UI), action pages (the petition form's island) and
    // their thank-you pages (copy link and the device's share sheet).
    // The same in every language.
    const pages = htmlFiles(outDir).filter((file) => {
      const urlPath = path.relative(outDir, file).replace(/^(fr|ar)\//, '')
      return !urlPath.startsWith(`search${path.sep}`) && !/^actions\/[^/]+\/(thanks\/)?index\.html$/.test(urlPath)
    })
    expect(pages.length).toBeGreaterThan(20)
    for (const file of pages) expect(executableScripts(domOfFile(file)), file).toHaveLength(0)
  })

  it('keeps a post page’s HTML and CSS under 30 KB compressed', () => {
    const urlPath = '/posts/bombing-of-eastern-ghouta-escalates/'
    const $ = dom(outDir, urlPath)
    const stylesheets = $('link[rel="stylesheet"]')
      .toArray()
      .map((link) => readFileSync(path.join(outDir, $(link).attr('href')!)))
    const bytes = [Buffer.from(page(outDir, urlPath)), ...stylesheets].reduce(
      (sum, file) => sum + gzipSync(file).length,
      0,
    )
    expect(bytes).toBeLessThan(30 * 1024)
  })

  it('escapes markup an editor typed into the title, lead and body', () => {
    const $ = dom(outDir, `/posts/${HOSTILE.slug}/`)
    // Parsed as a browser parses it: the text stays text, and no element or handler was injected.
    expect($('h1').text()).toBe(HOSTILE.title)
    expect($('header .lead').text()).toBe(HOSTILE.excerpt)
    expect($('.rich-text').text()).toContain(HOSTILE.bodyText)
    expect(executableScripts($)).toHaveLength(0)
    expect($('iframe, h1 b, [onerror]')).toHaveLength(0)
    expect($('a[href^="javascript:"]')).toHaveLength(0)
    expect($('.rich-text').text()).toContain('a link trap')
    expect($('meta[property="og:title"]').attr('content')).toBe(HOSTILE.title)
  })

  it('renders no link that breaks the link rule, even when the CMS hands it one', () => {
    // The setup stored a hostile link in every place an editor sets one, past the CMS's checks.
    const offending: string[] = []
    for (const file of htmlFiles(outDir)) {
      const $ = domOfFile(file)
      for (const element of $('a[href], area[href], link[href], form[action], iframe[src], embed[src]').toArray()) {
        const value = $(element).attr('href') ?? $(element).attr('action') ?? $(element).attr('src')!
        // Fragments on the page itself (the skip link) are the only other kind of link the site writes.
        if (!value.startsWith('#') && safeLink(value) === undefined)
          offending.push(`${path.relative(outDir, file)}: ${value}`)
      }
    }
    expect(offending).toEqual([])
    expect(Object.keys(HOSTILE_LINKS)).toHaveLength(7)
    // The links fall back or go, and the words they carried stay readable as text.
    const post = dom(outDir, `/posts/${HOSTILE.slug}/`)
    expect(post('.rich-text').text()).toContain('a link trap')
    expect(post('.rich-text').text()).toContain('a autolink trap')
    expect(post('.external')).toHaveLength(0)
    expect(post('footer a:contains("Privacy")').attr('href')).toBe('/privacy/')
    expect(post('nav a:contains("Trap")')).toHaveLength(0)
    expect(post('nav a:contains("Take action")').attr('href')).toBe('/actions')
  })

  it('serves its own copies of every image, with alt text, width and height, lazy below the fold', () => {
    for (const file of htmlFiles(outDir)) {
      const $ = domOfFile(file)
      // Only the petition form talks to the CMS (it posts there, and asks it for the count).
      const petition = $('#sign').clone()
      petition.find('form').removeAttr('action')
      petition.find('astro-island').removeAttr('props')
      $('#sign').replaceWith(petition)
      // The page's security policy names the CMS as the one other place it may post to and ask.
      $('meta[http-equiv="content-security-policy"]').remove()
      expect($.html(), file).not.toContain(cmsUrl)
      $('img').each((index, element) => {
        const img = $(element)
        expect(img.attr('alt'), file).toMatch(/\p{L}/u)
        expect(img.attr('width'), file).toMatch(/^\d+$/)
        expect(img.attr('height'), file).toMatch(/^\d+$/)
        const sources = [img.attr('src')!, ...(img.attr('srcset') ?? '').split(',').map((c) => c.trim().split(' ')[0]!)]
        for (const src of sources.filter(Boolean)) {
          expect(existsSync(path.join(outDir, decodeURIComponent(src))), `${src} in ${file}`).toBe(true)
        }
        if (index > 0) expect(img.attr('loading'), file).toBe('lazy')
      })
    }
  })

  it('gives posts canonical URLs, Open Graph and Twitter cards with an image, and article JSON-LD', () => {
    const $ = dom(outDir, '/posts/bombing-of-eastern-ghouta-escalates/')
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE_URL}/posts/bombing-of-eastern-ghouta-escalates/`)
    expect($('meta[property="og:image"]').attr('content')).toBe(
      `${SITE_URL}/media/post-eastern-ghouta-escalation-1200x630.jpg`,
    )
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image')
    const ld = $('script[type="application/ld+json"]')
      .toArray()
      .map((element) => JSON.parse($(element).text()))
    expect(ld.map((item) => item['@type'])).toEqual(['Organization', 'NewsArticle'])
    expect(ld[1]).toMatchObject({
      headline: 'The bombing of Eastern Ghouta escalates',
      datePublished: '2018-03-02T14:00:00.000Z',
    })
  })

  it('renders pull quotes as paraphrase, lists, external links marked, and the embedded call to action', () => {
    const $ = dom(outDir, '/posts/bombing-of-eastern-ghouta-escalates/')
    expect($('.pull-quote figcaption').text()).toContain('Paraphrased, not a direct quotation.')
    expect($('.rich-text .action-box a.button').text()).toContain('Sign now: stop the attacks')
    expect(dom(outDir, '/posts/syria-five-years-on-the-facts/')('.rich-text ol > li')).toHaveLength(3)
    const external = dom(outDir, '/posts/aleppo-and-the-promise-of-never-again/')('.external a')
    expect(external.text()).toBe('Read the full article on Amnesty International (external site)')
    expect(external.attr('rel')).toContain('external')
  })

  it('renders images inside the body with caption and credit, and marks external links', () => {
    const thanks = dom(outDir, '/posts/thank-you-for-acting-on-aleppo/')
    const figure = thanks('.rich-text figure')
    expect(figure.find('img').attr('src')).toMatch(/^\/media\/post-thank-you-aleppo-buses-768x\d+\.webp$/)
    expect(figure.find('figcaption').text()).toContain('Evacuation buses leave eastern Aleppo.')
    expect(figure.find('.credit').text()).toBe('Illustration drawn for the Vigil demo')
    const link = dom(outDir, '/posts/brussels-conference-on-the-future-of-syria/')('.rich-text a[rel~="external"]')
    expect(link.attr('href')).toMatch(/^https:\/\/www\.consilium\.europa\.eu\//)
    expect(link.text()).toContain('(external link)')
  })

  it('shares posts and actions with the suggested text and UTM tags', () => {
    const $ = dom(outDir, '/actions/stop-the-attacks-on-eastern-ghouta/')
    const hrefs = $('.share a')
      .toArray()
      .map((a) => $(a).attr('href')!)
    const whatsapp = new URL(hrefs.find((href) => href.startsWith('https://wa.me/'))!)
    expect(whatsapp.searchParams.get('text')).toMatch(/^Civilians in Eastern Ghouta .* Add your name: http/)
    const shared = new URL(whatsapp.searchParams.get('text')!.split(' ').at(-1)!)
    expect(Object.fromEntries(shared.searchParams)).toEqual({
      utm_source: 'whatsapp',
      utm_medium: 'social',
      utm_campaign: 'stop-the-attacks-on-eastern-ghouta',
    })
    expect(hrefs.some((href) => href.startsWith('https://www.facebook.com/sharer/sharer.php?u='))).toBe(true)
    expect(hrefs.some((href) => href.startsWith('mailto:?subject='))).toBe(true)
  })
})

describe('search', () => {
  it('indexes posts, actions and authors with Pagefind, and leaves lists and share links out', () => {
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind-ui.js'))).toBe(true)
    const post = dom(outDir, '/posts/a-letter-from-saydnaya/')
    expect(post('main[data-pagefind-body]')).toHaveLength(1)
    expect(post('.share[data-pagefind-ignore]')).toHaveLength(1)
    expect(dom(outDir, '/')('[data-pagefind-body]')).toHaveLength(0)
  })

  it('loads search code on the search page only', () => {
    const $ = dom(outDir, '/search/')
    expect(executableScripts($).map((script) => $(script).attr('src') ?? 'inline')).toEqual([
      '/pagefind/pagefind-ui.js',
      'inline',
    ])
  })
})

describe('signer privacy in the build', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
    )

  it('puts no signer’s name or email in any page, feed, script or search index file', () => {
    const all = files(outDir)
    expect(all.some((file) => file.endsWith('.pf_fragment'))).toBe(true)
    for (const file of all) {
      const raw = readFileSync(file)
      // Pagefind compresses its index and fragments.
      const text = (file.includes(`${path.sep}pagefind${path.sep}`) && raw[0] === 0x1f ? gunzipSync(raw) : raw)
        .toString('utf8')
        .toLowerCase()
      for (const secret of [SIGNER.email, SIGNER.name, 'zaynab']) {
        expect(text.includes(secret.toLowerCase()), `${path.relative(outDir, file)} mentions ${secret}`).toBe(false)
      }
    }
  })

  it('shows the signature count, built in, on the open action', () => {
    const $ = dom(outDir, '/actions/stop-the-attacks-on-eastern-ghouta/')
    expect(Number($('.sign-form .progress strong').text().replace(/\D/g, ''))).toBeGreaterThan(0)
    expect($('form[method="post"]').attr('action')).toBe(
      `${cmsUrl}/api/actions/stop-the-attacks-on-eastern-ghouta/sign`,
    )
    expect($('input[name="consentToUpdates"]').attr('checked')).toBeUndefined()
    expect($('#sign-privacy a').attr('href')).toBe('/privacy/')
  })

  it('names, on the privacy page in each language, who is responsible and how to reach them', async () => {
    const settings = await fetch(`${cmsUrl}/api/globals/site?depth=0`)
    const { organisation } = (await settings.json()) as {
      organisation: { legalName: string; privacyOfficer: { email: string } }
    }
    expect(organisation.legalName).toBeTruthy()
    for (const [address, heading] of [
      ['/privacy/', 'Who is responsible'],
      ['/fr/privacy/', 'Qui en est responsable'],
    ] as const) {
      const $ = dom(outDir, address)
      expect(
        $('h2')
          .toArray()
          .map((h2) => $(h2).text()),
      ).toContain(heading)
      expect($('.prose').text()).toContain(organisation.legalName)
      expect($(`a[href="mailto:${organisation.privacyOfficer.email}"]`).length).toBe(1)
      expect($('address.postal').text()).toContain('Ottawa')
    }
  })
})

describe('a build against an unreachable CMS', () => {
  it('fails with one clear message and leaves the previous output untouched', () => {
    const before = fingerprint(outDir)
    const build = spawnSync('pnpm', ['exec', 'astro', 'build'], {
      cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'),
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        CMS_URL: 'http://127.0.0.1:1',
        SITE_URL,
        SITE_OUT_DIR: outDir,
        SITE_CACHE_DIR: path.join(outDir, '..', 'cache'),
      },
    })
    expect(build.status).not.toBe(0)
    expect(build.stdout + build.stderr).toContain('The CMS is unreachable at http://127.0.0.1:1')
    expect(fingerprint(outDir)).toBe(before)
  })
})

function fingerprint(dir: string) {
  const hash = createHash('sha256')
  for (const file of allFiles(dir).sort()) hash.update(file).update(readFileSync(file))
  return hash.digest('hex')
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  )
}
