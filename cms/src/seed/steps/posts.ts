import { type Id, lookup, type Seeding } from '../context'
import { posts } from '../data/posts'
import { ensureEach } from '../ensureEach'
import { ensureImage } from '../ensureImage'
import { type Refs, resolveRichText } from '../richText'

/** What posts refer to: the topics, authors and actions already seeded, by slug. */
export interface PostRefs {
  topicIds: Map<string, Id>
  authorIds: Map<string, Id>
  actionIds: Map<string, Id>
}

// Published, each with its hero image and the images in its body (drawn before the body refers
// to them).
export function seedPosts(seeding: Seeding, { topicIds, authorIds, actionIds }: PostRefs): Promise<Map<string, Id>> {
  const { payload, req } = seeding
  const topicId = lookup(topicIds, 'topic')
  const authorId = lookup(authorIds, 'author')
  const refs: Refs = { actionId: lookup(actionIds, 'action'), mediaId: lookup(seeding.images, 'image') }
  return ensureEach(seeding, 'posts', posts, async (post) => {
    const { hero, images = [], body, authors: postAuthors, topics: postTopics, relatedAction, ...fields } = post
    for (const inline of images) await ensureImage(seeding, inline)
    const doc = await payload.create({
      collection: 'posts',
      data: {
        ...fields,
        heroImage: await ensureImage(seeding, hero),
        body: resolveRichText(body, refs) as never,
        authors: postAuthors.map(authorId),
        topics: postTopics.map(topicId),
        relatedAction: relatedAction ? refs.actionId(relatedAction) : undefined,
        _status: 'published',
      },
      req,
    })
    return doc.id
  })
}
