import type { Payload } from 'payload'
import { type SeedOptions, type SeedResult, seedContext } from './context'
import { seedActions } from './steps/actions'
import { seedAdmin } from './steps/admin'
import { seedAuthors } from './steps/authors'
import { seedPosts } from './steps/posts'
import { seedSite } from './steps/site'
import { seedTopics } from './steps/topics'
import { seedTranslations } from './steps/translations'

export type { SeedOptions, SeedResult } from './context'

// Idempotent: every document is looked up by its slug (or file name) and only created when missing;
// a translation is saved only where the document lacks that language. In this order, since each
// step refers to what the ones before it made; the English documents come before their translations.
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const seeding = seedContext(payload, options)
  const topicIds = await seedTopics(seeding)
  const authorIds = await seedAuthors(seeding)
  const actionIds = await seedActions(seeding, topicIds)
  const postIds = await seedPosts(seeding, { topicIds, authorIds, actionIds })
  await seedSite(seeding)
  await seedTranslations(seeding, { topicIds, authorIds, actionIds, postIds })
  await seedAdmin(seeding, options)
  return seeding.result
}
