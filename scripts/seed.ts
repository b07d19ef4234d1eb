// `npm run seed`: demo content into the configured database. Safe to run again.
import { seedCms } from './lib/cms.ts'
import { childEnv } from './lib/envFile.ts'

// `npm run seed -- --synthetic 5000` adds a numbered archive for benchmarks.
const flag = process.argv.indexOf('--synthetic')
const synthetic: Record<string, string> = flag > -1 ? { SEED_SYNTHETIC_POSTS: process.argv[flag + 1] ?? '' } : {}
await seedCms(childEnv(synthetic))
