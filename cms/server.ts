// The CMS's HTTP server: Next.js behind a plain Node server, so the peer's socket address reaches
// the app. Next fills `x-forwarded-for` only when the client has not sent one, so without this a
// bot could choose its own address and slip past the per-address signing limit.
// `pnpm start` runs it with V8 flags that keep its memory steady under load (README, Configuration).
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'
import next from 'next'
import { FAST_PATH_KEY, type FastPath, PEER_HEADER } from './src/http/serverHandoff.ts'

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p', default: '3000' } } })
const port = Number(values.port)

const app = next({ dev: false, dir: import.meta.dirname, port })
const handle = app.getRequestHandler()
await app.prepare()
// Next loads instrumentation with the app's first request, so look for the fast path per request.
const fastPath = () => (globalThis as Record<symbol, FastPath | undefined>)[FAST_PATH_KEY]

const server = createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? ''
  if (fastPath()?.(req, res)) return
  void handle(req, res)
})
// Longer than a load balancer's idle timeout, so it never reuses a socket this server has closed.
server.keepAliveTimeout = 65_000
server.listen(port, async () => {
  // Load the app (Payload, migrations, the fast path) before the first visitor has to wait for it.
  await fetch(`http://127.0.0.1:${port}/api/globals/site`).catch(() => undefined)
  console.log(`Vigil CMS listening on http://localhost:${port}`)
})

// Finish the requests in flight (a signature being stored), then stop.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 5_000).unref()
  })
}
