import type { Id, Seeding } from '../context'
import { authors } from '../data/authors'
import { ensureEach } from '../ensureEach'

export const seedAuthors = (seeding: Seeding): Promise<Map<string, Id>> => ensureEach(seeding, 'authors', authors)
