// `npm run seed`: demo content into the configured database. Safe to run again.
import { childEnv } from '@vigil/tools/env'
import { say } from '@vigil/tools/log'
import { dataDir } from '@vigil/tools/paths'
import { ensureOwnerOnlyDir } from '@vigil/tools/privateFiles'
import { seedCms } from './lib/cms.ts'

// `npm run seed -- --synthetic 5000` adds a numbered archive for benchmarks.
const flag = process.argv.indexOf('--synthetic')
const synthetic: Record<string, string> = flag > -1 ? { SEED_SYNTHETIC_POSTS: process.argv[flag + 1] ?? '' } : {}
ensureOwnerOnlyDir(dataDir)
const adminLogin = await seedCms(childEnv(synthetic))
// Seeding hands a generated password over without printing it; this is its only appearance.
if (adminLogin) say(`Login:  ${adminLogin}   ← shown only this once: keep it`)
