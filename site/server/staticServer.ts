import { readFileSync, realpathSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import sirv from 'sirv'

type Handler = (request: IncomingMessage, response: ServerResponse) => void

// Serves a built site the way a static host does: files with an ETag to revalidate against (pages
// change with every publish), and the site's own 404 page (with status 404) for anything else.
// Files are looked up as requests come (sirv's `dev` lookup) instead of indexed up front: a large
// release has some 16,000 files, and indexing them would delay its first answer after going live.
// That lookup does not hide dot-folders, so this does: they hold build metadata.
const HIDDEN = /(^|\/)\./

function notFound(dir: string, response: ServerResponse) {
  response.statusCode = 404
  response.setHeader('Content-Type', 'text/html; charset=utf-8')
  try {
    response.end(readFileSync(path.join(dir, '404.html')))
  } catch {
    response.end('Not found')
  }
}

function staticHandler(dir: string): Handler {
  const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] })
  return (request, response) => {
    const raw = (request.url ?? '/').split('?')[0]!
    let decoded = raw
    try {
      decoded = decodeURI(raw)
    } catch {
      // Malformed: sirv looks it up as it is, and finds nothing.
    }
    if (HIDDEN.test(raw) || HIDDEN.test(decoded)) return notFound(dir, response)
    files(request, response, () => notFound(dir, response))
  }
}

export function createStaticServer(dir: string): Server {
  return createServer(staticHandler(dir))
}

// Serves whichever release the `live` symlink points to. Each request resolves the link once and
// is answered entirely from that release, so a swap mid-request never mixes two releases.
export function createLiveServer(live: string): Server {
  const handlers = new Map<string, Handler>()
  return createServer((request, response) => {
    let dir: string
    try {
      dir = realpathSync(live)
    } catch {
      response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' })
      response.end('The site is being built for the first time; try again in a few seconds.\n')
      return
    }
    let handler = handlers.get(dir)
    if (!handler) {
      handler = staticHandler(dir)
      handlers.set(dir, handler)
      // Releases are pruned on disk; forget the oldest handlers with them.
      if (handlers.size > 12) handlers.delete(handlers.keys().next().value!)
    }
    handler(request, response)
  })
}
