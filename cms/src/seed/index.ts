import type { Payload } from 'payload'
import { type SeedOptions, type SeedResult, seedContext } from './context'
import { seedActions } from './steps/actions'
import { seedAdmin } from './steps/admin'
import { seedAuthors } from './steps/authors'
import { seedPosts } from './steps/posts'
import { seedSite } from './steps/site'
import { seedTopics } from './steps/topics'

export type { SeedOptions, SeedResult } from './context'

// Idempotent: every document is looked up by its slug (or file name) and only created when missing.
// In this order, since each step refers to what the ones before it made.
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const seeding = seedContext(payload, options)
  const topicIds = await seedTopics(seeding)
  const authorIds = await seedAuthors(seeding)
  const actionIds = await seedActions(seeding, topicIds)
  await seedPosts(seeding, { topicIds, authorIds, actionIds })
  await seedSite(seeding)
  await seedAdmin(seeding, options)
  return seeding.result
}
