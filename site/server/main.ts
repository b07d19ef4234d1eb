// `pnpm --dir site serve`: the live site on SITE_URL's port and the rebuild server on
// REBUILD_WEBHOOK_URL's, with a build at start so the site matches the CMS.
import path from 'node:path'
import { BUILD_STATUS_PATH } from '@vigil/shared'
import { childEnv, env, siteDir } from '../src/env.ts'
import { createRebuildServer } from './rebuild/rebuildServer.ts'
import { Releases } from './rebuild/releases.ts'
import { RebuildScheduler } from './rebuild/scheduler.ts'
import { createLiveServer } from './staticServer.ts'

const log = (message: string) => console.log(`[site] ${message}`)
if (!env.WEBHOOK_SECRET) {
  console.error('[site] WEBHOOK_SECRET is missing: run `npm start` once to generate it into .env.')
  process.exit(1)
}

const releases = new Releases(path.resolve(env.SITE_RELEASES_DIR), env.SITE_KEEP_RELEASES)
const scheduler = new RebuildScheduler({
  releases,
  siteDir,
  cmsUrl: env.CMS_URL,
  env: childEnv,
  quietMs: env.REBUILD_QUIET_MS,
  log,
})
const hook = new URL(env.REBUILD_WEBHOOK_URL)
const site = new URL(env.SITE_URL)

createLiveServer(releases.live).listen(Number(site.port || 80), () => log(`serving the live release on ${site.origin}`))
createRebuildServer(scheduler, hook.pathname, env.WEBHOOK_SECRET).listen(Number(hook.port || 80), () =>
  log(`rebuild server on ${hook.origin} (POST ${hook.pathname}, GET ${BUILD_STATUS_PATH})`),
)
scheduler.notify()

for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => {
    scheduler.stop()
    process.exit(0)
  })
