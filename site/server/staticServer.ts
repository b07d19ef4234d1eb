import { readFileSync, realpathSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import sirv from 'sirv'

type Handler = (request: IncomingMessage, response: ServerResponse) => void

// Serves a built site the way a static host does: files with caching headers, and the site's
// own 404 page (with status 404) for anything else.
function staticHandler(dir: string): Handler {
  const files = sirv(dir, { etag: true, extensions: ['html'], dotfiles: false })
  return (request, response) =>
    files(request, response, () => {
      response.statusCode = 404
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      try {
        response.end(readFileSync(path.join(dir, '404.html')))
      } catch {
        response.end('Not found')
      }
    })
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
