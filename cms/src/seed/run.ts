// `pnpm --filter @vigil/cms seed`: demo content through the Local API. Safe to run again.
import config from '@payload-config'
import { getPayload } from 'payload'
import { env } from '../env'
import { seed } from './index'
import { seedSyntheticPosts } from './synthetic'

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
// `--synthetic N` adds an archive of N numbered posts, for benchmarks.
const syntheticIndex = process.argv.indexOf('--synthetic')
if (syntheticIndex > -1) {
  const count = Number(process.argv[syntheticIndex + 1])
  if (!Number.isInteger(count) || count < 1) {
    console.error('[seed] --synthetic needs a whole number of posts, e.g. --synthetic 5000')
    process.exit(1)
  }
  const created = await seedSyntheticPosts(payload, count, (line) => console.log(`[seed] ${line}`))
  console.log(`[seed] synthetic archive: ${created} created, ${count - created} already there`)
}
if (result.admin?.password) {
  console.log(`[seed] ADMIN LOGIN (shown once, keep it): ${result.admin.email} / ${result.admin.password}`)
}
await payload.destroy()
process.exit(0)
