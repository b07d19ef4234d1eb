import type { Locale } from '@vigil/shared'
import type { Payload, PayloadRequest } from 'payload'
import { p, resolveRichText } from './richText'

// A large, plausible archive for benchmarks: numbered posts spread over the years, reusing the
// demo's authors, topics and images. Idempotent: only the missing numbers are created.
export async function seedSyntheticPosts(
  payload: Payload,
  count: number,
  log: (line: string) => void,
): Promise<number> {
  const req = { context: { disableRebuild: true, seeding: true } } as Partial<PayloadRequest>
  const [authors, topics, media, existing] = await Promise.all([
    payload.find({ collection: 'authors', limit: 100, depth: 0, req }),
    payload.find({ collection: 'topics', limit: 100, depth: 0, req }),
    payload.find({ collection: 'media', limit: 100, depth: 0, req }),
    payload.find({
      collection: 'posts',
      where: { slug: { like: 'archive-' } },
      limit: 0,
      depth: 0,
      pagination: false,
      req,
    }),
  ])
  if (!media.docs.length) throw new Error('Seed the demo content first: synthetic posts reuse its images.')
  const have = new Set(existing.docs.map((post) => post.slug))
  const started = Date.now()
  let created = 0
  for (let n = 1; n <= count; n++) {
    const slug = `archive-${String(n).padStart(5, '0')}`
    if (have.has(slug)) continue
    const day = new Date(Date.UTC(2011, 2, 15) + n * 36 * 60 * 60 * 1000)
    await payload.create({
      collection: 'posts',
      data: {
        title: `Campaign update no. ${n}: what changed this week`,
        slug,
        publishedAt: day.toISOString(),
        excerpt: `Update ${n} from the archive: documentation, testimony and the actions supporters took.`,
        body: resolveRichText(
          [
            p(
              `This is archive update number ${n}. Researchers recorded new testimony and checked it against satellite images.`,
            ),
            p('Supporters wrote to their representatives, and the campaign team answered questions from journalists.'),
          ],
          { actionId: () => 0, mediaId: () => 0 },
        ) as never,
        heroImage: media.docs[n % media.docs.length]!.id,
        authors: authors.docs.length ? [authors.docs[n % authors.docs.length]!.id] : [],
        topics: topics.docs.length ? [topics.docs[n % topics.docs.length]!.id] : [],
        _status: 'published',
      },
      req,
    })
    created++
    if (created % 250 === 0 || n === count) {
      const rate = created / ((Date.now() - started) / 1000)
      log(`synthetic posts: ${n}/${count} (${rate.toFixed(0)} per second)`)
    }
  }
  return created
}

// The same archive's words in another language; French is the one benchmarks use (two languages
// against one). Numbers are the English posts' own, so the two stay paired.
const TRANSLATED: Partial<
  Record<Locale, (n: number) => { title: string; slug: string; excerpt: string; body: string[] }>
> = {
  fr: (n) => ({
    title: `Bilan de campagne n° ${n}\u00a0: ce qui a changé cette semaine`,
    slug: `archives-${String(n).padStart(5, '0')}`,
    excerpt: `Bilan ${n} des archives\u00a0: documentation, témoignages et gestes posés par les sympathisants.`,
    body: [
      `Voici le bilan d’archives numéro ${n}. Les chercheurs ont recueilli de nouveaux témoignages et les ont comparés à des images satellites.`,
      'Les sympathisants ont écrit à leurs élus, et l’équipe de campagne a répondu aux questions des journalistes.',
    ],
  }),
}

/** Languages the synthetic archive can be translated into. */
export const SYNTHETIC_LANGUAGES = Object.keys(TRANSLATED) as Locale[]

// Translates and publishes, in `locale`, each synthetic post not yet translated there; returns how
// many it translated. The English stays as it is: each language publishes on its own.
export async function translateSyntheticPosts(
  payload: Payload,
  locale: Locale,
  log: (line: string) => void,
): Promise<number> {
  const words = TRANSLATED[locale]
  if (!words) throw new Error(`The synthetic archive has no ${locale} words; it has ${SYNTHETIC_LANGUAGES.join(', ')}.`)
  const req = { context: { disableRebuild: true, seeding: true } } as Partial<PayloadRequest>
  const list = (inLocale: Locale) =>
    payload.find({
      collection: 'posts',
      locale: inLocale,
      where: { slug: { like: inLocale === 'en' ? 'archive-' : words(0).slug.replace(/0+$/, '') } },
      select: { slug: true },
      limit: 0,
      depth: 0,
      pagination: false,
      req,
    })
  // One after the other: Payload sets the locale on the request it is given, so two finds sharing
  // one request at once would both read the last one's language.
  const english = await list('en')
  const translated = await list(locale)
  const done = new Set(translated.docs.map((post) => post.id))
  const todo = english.docs.filter((post) => !done.has(post.id))
  const started = Date.now()
  for (const [index, post] of todo.entries()) {
    const n = Number(post.slug!.slice('archive-'.length))
    const { body, ...fields } = words(n)
    await payload.update({
      collection: 'posts',
      id: post.id,
      locale,
      data: {
        ...fields,
        body: resolveRichText(
          body.map((text) => p(text)),
          { actionId: () => 0, mediaId: () => 0 },
        ) as never,
        _status: 'published',
      },
      req,
    })
    if ((index + 1) % 250 === 0 || index === todo.length - 1) {
      const rate = (index + 1) / ((Date.now() - started) / 1000)
      log(`synthetic posts in ${locale}: ${index + 1}/${todo.length} (${rate.toFixed(0)} per second)`)
    }
  }
  return todo.length
}
