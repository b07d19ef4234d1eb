import type { CollectionSlug, DataFromCollectionSlug, Where } from 'payload'
import { counted, type Id, type Seeding } from './context'

type WithSlug = 'topics' | 'authors' | 'posts' | 'actions'

/** The first document of `collection` that `where` finds (drafts included), or undefined. */
export async function findFirst<C extends CollectionSlug>(
  { payload, req }: Seeding,
  collection: C,
  where: Where,
): Promise<DataFromCollectionSlug<C> | undefined> {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, req })
  return found.docs[0] as DataFromCollectionSlug<C> | undefined
}

// The word that starts each document's log line, padded so the lines align.
const KIND: Record<WithSlug, string> = { topics: 'topic ', authors: 'author', posts: 'post  ', actions: 'action' }

type SeedItem = { slug: string } & ({ title: string } | { name: string })

// Finds each item by slug, creates the missing ones (as they stand in the seed data, unless
// `create` says how), logs a line per item by its title or name; returns slug → id.
export async function ensureEach<T extends SeedItem>(
  seeding: Seeding,
  collection: WithSlug,
  items: T[],
  create?: (item: T) => Promise<Id>,
): Promise<Map<string, Id>> {
  const make =
    create ??
    (async (item: T) => (await seeding.payload.create({ collection, data: item as never, req: seeding.req })).id)
  const ids = new Map<string, Id>()
  for (const [i, item] of items.entries()) {
    const existing = (await findFirst(seeding, collection, { slug: { equals: item.slug } }))?.id
    ids.set(item.slug, existing ?? (await make(item)))
    const label = 'title' in item ? item.title : item.name
    counted(seeding, KIND[collection], i, items.length, label, existing === undefined)
  }
  return ids
}
