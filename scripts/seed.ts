// `npm run seed`: demo content into the configured database. Safe to run again.
import { seedCms } from './lib/cms.ts'
import { childEnv } from './lib/envFile.ts'

await seedCms(childEnv())
