// `pnpm --dir site serve`: the built site on SITE_URL's port (until the rebuild server takes over).
import { createStaticServer } from './staticServer.ts'

const dir = process.env.SITE_OUT_DIR ?? new URL('../dist', import.meta.url).pathname
const port = Number(process.env.PORT ?? new URL(process.env.SITE_URL ?? 'http://localhost:4321').port ?? 4321)
createStaticServer(dir).listen(port, '127.0.0.1', () =>
  console.log(`[site] serving ${dir} on http://localhost:${port}/`),
)
