import { catalogue, DEFAULT_LOCALE } from '@vigil/shared'
import { type Id, lookup, type Seeding } from '../context'
import { actions } from '../data/actions'
import { ensureEach } from '../ensureEach'
import { ensureImage } from '../ensureImage'
import { type Refs, resolveRichText } from '../richText'

// Published, each with its hero image. An ask cannot point at an action: none has an id yet while
// the actions are made, so such a reference fails as unknown.
export function seedActions(seeding: Seeding, topicIds: Map<string, Id>): Promise<Map<string, Id>> {
  const { payload, req } = seeding
  const topicId = lookup(topicIds, 'topic')
  const refs: Refs = { actionId: lookup(new Map(), 'action'), mediaId: lookup(seeding.images, 'image') }
  return ensureEach(seeding, 'actions', actions, async (action) => {
    const { hero, ask, topics: actionTopics, ...fields } = action
    const doc = await payload.create({
      collection: 'actions',
      data: {
        ...fields,
        heroImage: await ensureImage(seeding, hero),
        ask: resolveRichText(ask, refs) as never,
        topics: actionTopics.map(topicId),
        consent: { text: catalogue(DEFAULT_LOCALE).actionDefaults.consent },
        _status: 'published',
      },
      req,
    })
    return doc.id
  })
}
