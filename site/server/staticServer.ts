import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'
import compression from 'compression'
import sirv from 'sirv'
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  headerPolicy,
  IMMUTABLE_PREFIX,
  SITE_HEADERS,
} from '../src/securityPolicy.ts'
import { DEFAULT_LOCALE, localeOfPath } from '@vigil/shared'
import { notFoundFile } from '../src/integrations/notFoundPages.ts'
import { mediaNameProblem } from '../src/lib/mediaName.ts'
import { PagePolicies } from './pagePolicies.ts'

type Handler = (request: IncomingMessage, response: ServerResponse) => void

// Serves a built site the way a static host does: files with an ETag to revalidate against (pages
// change with every publish), and the site's own 404 page (with status 404) for anything else.
// Files are looked up as requests come (sirv's `dev` lookup) instead of indexed up front: a large
// release has some 16,000 files, and indexing them would delay its first answer after going live.
// That lookup does not hide dot-folders, so this does: they hold build metadata.
const HIDDEN = /(^|\/)\./
// Under /media/ only images named for their type are served (the build copies nothing else there;
// this holds even for a release made elsewhere), so a Content-Type is never guessed for anything else.
const MEDIA = '/media/'
const isServableMedia = (urlPath: string) =>
  !urlPath.startsWith(MEDIA) || !mediaNameProblem(urlPath.slice(MEDIA.length))

// Text is compressed as it is sent (brotli or gzip, as the browser accepts), not ahead of time
// into .br/.gz files beside each page: a publish then writes and hard-links no extra files, and
// no compressed copy can outlive the page it was made from. Brotli at quality 5 makes a post page
// about a tenth smaller than gzip for about half a millisecond of CPU; the top qualities cost 20 ms
// a page. Range requests are answered from the plain file, as sirv does.
// (Its types are Express's; it needs only Node's request and response.)
const compress = compression({
  brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
  filter: (request, response) => !request.headers.range && compression.filter(request, response),
}) as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void

function setHeaders(response: ServerResponse, urlPath: string, policy: string) {
  for (const [name, value] of Object.entries(SITE_HEADERS)) response.setHeader(name, value)
  response.setHeader('Content-Security-Policy', policy)
  response.setHeader('Cache-Control', urlPath.startsWith(IMMUTABLE_PREFIX) ? CACHE_IMMUTABLE : CACHE_REVALIDATE)
}

// The 404 page of the language asked for (/fr/… gets fr/404.html), as hosts that look for the
// nearest 404.html do; the root's when that language has none.
function notFoundPage(dir: string, urlPath: string) {
  const locale = localeOfPath(urlPath)
  const own = path.join(dir, notFoundFile(locale))
  return locale !== DEFAULT_LOCALE && existsSync(own) ? own : path.join(dir, '404.html')
}

function notFound(dir: string, policies: PagePolicies, response: ServerResponse, urlPath: string) {
  response.statusCode = 404
  response.setHeader('Content-Type', 'text/html; charset=utf-8')
  response.setHeader('Cache-Control', CACHE_REVALIDATE)
  const page = notFoundPage(dir, urlPath)
  try {
    const html = readFileSync(page)
    response.setHeader('Content-Security-Policy', policies.headerFor(page))
    response.end(html)
  } catch {
    response.end('Not found')
  }
}

function staticHandler(dir: string): Handler {
  const files = sirv(dir, { dev: true, etag: true, extensions: ['html'] })
  const policies = new PagePolicies(dir)
  return (request, response) => {
    const raw = (request.url ?? '/').split('?')[0]!
    let decoded = raw
    try {
      decoded = decodeURI(raw)
    } catch {
      // Malformed: sirv looks it up as it is, and finds nothing.
    }
    const page = policies.pageFile(decoded)
    setHeaders(response, decoded, page ? policies.headerFor(page) : headerPolicy())
    const missing = () => notFound(dir, policies, response, decoded)
    if (HIDDEN.test(raw) || HIDDEN.test(decoded) || !isServableMedia(decoded)) return missing()
    compress(request, response, () => files(request, response, missing))
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
      for (const [name, value] of Object.entries(SITE_HEADERS)) response.setHeader(name, value)
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
