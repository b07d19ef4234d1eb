// `node scripts/snapshot.ts <dir>`: saves everything the site reads from the CMS as JSON files.
import { mkdirSync, writeFileSync } from 'node:fs'
import { LOCALE_CODES } from '@vigil/shared'
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
// One file per collection and language, as the loaders read them (loaders/payload.ts).
for (const locale of LOCALE_CODES) {
  for (const [name, { depth }] of Object.entries(SOURCES)) {
    const docs = await fetchAll(env.CMS_URL, name, { depth, locale })
    writeFileSync(snapshotFile(dir, `${name}.${locale}`), JSON.stringify(docs))
    console.log(`[snapshot] ${locale}: ${docs.length} ${name}`)
  }
  const site = await fetchGlobal(env.CMS_URL, SITE_GLOBAL.slug, SITE_GLOBAL.depth, locale)
  writeFileSync(snapshotFile(dir, `${SITE_GLOBAL.slug}.${locale}`), JSON.stringify(site))
}
