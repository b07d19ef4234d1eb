import type { Id, Seeding } from '../context'
import { topics } from '../data/topics'
import { ensureEach } from '../ensureEach'

export const seedTopics = (seeding: Seeding): Promise<Map<string, Id>> => ensureEach(seeding, 'topics', topics)
