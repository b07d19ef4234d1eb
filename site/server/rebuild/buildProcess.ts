// One `astro build`, in a process started before it is needed: importing Astro takes about a
// second, which this pays while the rebuild server is idle. It waits for one message with the
// build's own settings (output folder, release to build on), builds, and exits: one build per
// process, so nothing carries over from one build to the next. The site's integrations tell the
// build's progress back over the same channel (src/integrations/sendBuildMessage.ts).

import type { AstroInlineConfig } from 'astro'

interface BuildOrder {
  env: Record<string, string | undefined>
}

// Listening before Astro is imported (below): the order may arrive while that is under way.
const order = new Promise<BuildOrder>((resolve) => process.once('message', (message) => resolve(message as BuildOrder)))
// The rebuild server went away: so does its standby.
process.on('disconnect', () => process.exit(0))

const config: AstroInlineConfig = { root: process.cwd() }
const { build } = await import('astro')
const { env } = await order
// As environment variables: the site's env module (src/env.ts) reads them when Astro loads the config.
for (const [name, value] of Object.entries(env)) {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}
try {
  await build(config)
  process.exit(0)
} catch (error) {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exit(1)
}
