// `node scripts/snapshot.ts <dir>`: saves everything the site reads from the CMS as JSON files.
import { mkdirSync, writeFileSync } from 'node:fs'
import { env } from '../src/env.ts'
import { fetchAll, fetchGlobal } from '../src/loaders/fetchAll.ts'
import { snapshotFile } from '../src/loaders/snapshot.ts'
import { SITE_GLOBAL, SOURCES } from '../src/loaders/sources.ts'

const dir = process.argv[2]
if (!dir) {
  console.error('Usage: node scripts/snapshot.ts <directory>')
  process.exit(1)
}
mkdirSync(dir, { recursive: true })
for (const [name, { depth }] of Object.entries(SOURCES)) {
  const docs = await fetchAll(env.CMS_URL, name, { depth })
  writeFileSync(snapshotFile(dir, name), JSON.stringify(docs))
  console.log(`[snapshot] ${docs.length} ${name}`)
}
writeFileSync(
  snapshotFile(dir, 'site'),
  JSON.stringify(await fetchGlobal(env.CMS_URL, SITE_GLOBAL.slug, SITE_GLOBAL.depth)),
)
