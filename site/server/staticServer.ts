import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import sirv from 'sirv'

// Serves a built site the way a static host does: files with caching headers, and the site's
// own 404 page (with status 404) for anything else.
export function createStaticServer(dir: string): Server {
  const files = sirv(dir, { etag: true, extensions: ['html'], dotfiles: false })
  const notFound = () => readFileSync(path.join(dir, '404.html'))
  return createServer((request, response) => {
    files(request, response, () => {
      response.statusCode = 404
      response.setHeader('Content-Type', 'text/html; charset=utf-8')
      try {
        response.end(notFound())
      } catch {
        response.end('Not found')
      }
    })
  })
}
