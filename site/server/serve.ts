// `pnpm --dir site serve`: the built site on SITE_URL's port (until the rebuild server takes over).
import { env } from '../src/env.ts'
import { createStaticServer } from './staticServer.ts'

const port = Number(new URL(env.SITE_URL).port || 80)
createStaticServer(env.SITE_OUT_DIR).listen(port, '127.0.0.1', () =>
  console.log(`[site] serving ${env.SITE_OUT_DIR} on ${env.SITE_URL}`),
)
