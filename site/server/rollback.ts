// `npm run rollback`: the live site goes back to the release before the current one.
import path from 'node:path'
import { env } from '../src/env.ts'
import { Releases } from './rebuild/releases.ts'

const releases = new Releases(path.resolve(env.SITE_RELEASES_DIR), env.SITE_KEEP_RELEASES)
const from = releases.liveId()
const to = releases.rollback()
if (!to) {
  console.error(
    `[site] Nothing to roll back to: ${from ? `${from} is the oldest release kept` : 'no release is live'}.`,
  )
  process.exit(1)
}
console.log(`[site] The live site is now release ${to} (was ${from}).`)
