// `pnpm --filter @vigil/cms seed`: demo content through the Local API. Safe to run again.
import config from '@payload-config'
import { getPayload } from 'payload'
import { env } from '../env'
import { easternGhouta } from './data/actions/eastern-ghouta'
import { seed } from './index'
import { seedSyntheticPosts, translateSyntheticPosts } from './synthetic'
import { seedSyntheticSignatures } from './syntheticSignatures'

const started = Date.now()
const payload = await getPayload({ config })
const result = await seed(payload, {
  adminEmail: env.ADMIN_EMAIL,
  adminPassword: env.ADMIN_PASSWORD,
  log: (line) => console.log(`[seed] ${line}`),
})
console.log(
  `[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.created} created, ${result.skipped} already there`,
)
// SEED_SYNTHETIC_POSTS=N adds an archive of N numbered posts, for benchmarks.
if (env.SEED_SYNTHETIC_POSTS) {
  const count = env.SEED_SYNTHETIC_POSTS
  const created = await seedSyntheticPosts(payload, count, (line) => console.log(`[seed] ${line}`))
  console.log(`[seed] synthetic archive: ${created} created, ${count - created} already there`)
}
// SEED_SYNTHETIC_LANGUAGES=fr also publishes the synthetic archive in those languages.
for (const locale of env.SEED_SYNTHETIC_LANGUAGES ?? []) {
  const translated = await translateSyntheticPosts(payload, locale, (line) => console.log(`[seed] ${line}`))
  console.log(`[seed] synthetic archive in ${locale}: ${translated} translated`)
}
// SEED_SYNTHETIC_SIGNATURES=N signs the open demo action N times, for benchmarks at scale.
if (env.SEED_SYNTHETIC_SIGNATURES) {
  await seedSyntheticSignatures(payload, {
    actionSlug: easternGhouta.slug,
    count: env.SEED_SYNTHETIC_SIGNATURES,
    log: (line) => console.log(`[seed] ${line}`),
  })
}
if (result.admin?.password) {
  console.log(`[seed] ADMIN LOGIN (shown once, keep it): ${result.admin.email} / ${result.admin.password}`)
}
await payload.destroy()
process.exit(0)
