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
