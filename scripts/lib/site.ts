import { readBuildStatus } from '@vigil/site/build-status'
import { say, seconds } from '@vigil/tools/log'
import { startSiteServer as startServer } from '@vigil/tools/site'

// The live site and the rebuild server, as `npm start` shows them: it builds once as it starts, and
// this waits for that build to go live, showing its progress.
export async function startSiteServer(env: NodeJS.ProcessEnv, rebuildOrigin: string) {
  const started = performance.now()
  say('Building the site from the CMS into a new release (astro build)…')
  const { server, live } = await startServer(env, () => readBuildStatus(rebuildOrigin, env.WEBHOOK_SECRET), {
    onProgress: (line) => say(`  ${line}`),
  })
  if (live.state === 'failed') {
    const tail = live.lastFailure?.tail.join('\n  ') ?? ''
    say(`The start-up build failed; the previous release keeps serving: ${live.lastFailure?.error}\n  ${tail}`)
  } else {
    say(`Site built and live in ${seconds(started)} (release ${live.live?.release}).`)
  }
  return server
}
