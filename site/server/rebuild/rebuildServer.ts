import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import {
  BUILD_STATUS_PATH,
  type BuildStatus,
  NOTICE_ALREADY_ACCEPTED,
  type NoticeAccepted,
  openNotice,
  SIGNATURE_HEADER,
  statusToken,
} from '@vigil/shared'
import { mayControl } from './controlAccess.ts'
import type { RebuildScheduler } from './scheduler.ts'
import { SeenNotices } from './seenNotices.ts'

const MAX_BODY = 64 * 1024

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(JSON.stringify(body))
}

function readBody(request: IncomingMessage, response: ServerResponse): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        json(response, 413, { message: 'Notice too large.' })
        request.destroy()
        resolve(undefined)
      } else chunks.push(chunk)
    })
    request.on('end', () => resolve(response.headersSent ? undefined : Buffer.concat(chunks).toString('utf8')))
    request.on('error', () => resolve(undefined))
  })
}

/** What the server needs of the scheduler. */
export type Builds = Pick<RebuildScheduler, 'notify'> & { status(): BuildStatus }

// POST <hook path>: a signed notice, answered 202 with the number of the build that will answer it.
// Refused, with nothing built: a signature that does not verify or a notice signed more than five
// minutes ago (401), a notice not following the contract (400), one already accepted (409).
// GET /status: what the scheduler is doing and what is live, with the last build's output: only to
// callers on this machine or with the status token (controlAccess.ts).
export function createRebuildServer(builds: Builds, hookPath: string, secret: string): Server {
  const token = statusToken(secret)
  const seen = new SeenNotices()

  async function receive(request: IncomingMessage, response: ServerResponse) {
    const body = await readBody(request, response)
    if (body === undefined) return
    const opened = await openNotice(body, request.headers[SIGNATURE_HEADER] as string | undefined, secret)
    if (!opened.ok) return json(response, opened.status, { message: opened.message })
    if (!seen.accept(opened.notice.noticeId, opened.sentAtMs))
      return json(response, NOTICE_ALREADY_ACCEPTED, {
        message: 'This notice was accepted before: nothing more will be built for it.',
      })
    const build = builds.notify(opened.notice)
    json(response, 202, { accepted: true, build, state: builds.status().state } satisfies NoticeAccepted)
  }

  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname === BUILD_STATUS_PATH) {
      if (request.method !== 'GET') return json(response, 405, { message: 'GET the status here.' })
      return void token.then((value) =>
        mayControl({ remoteAddress: request.socket.remoteAddress, headers: request.headers }, value)
          ? json(response, 200, builds.status())
          : json(response, 401, {
              message: 'Build status is shown on this machine, or with the status token (Authorization: Bearer).',
            }),
      )
    }
    if (url.pathname !== hookPath) return json(response, 404, { message: 'Not found' })
    if (request.method !== 'POST') return json(response, 405, { message: 'POST a signed notice here.' })
    receive(request, response).catch((error: unknown) => {
      if (!response.headersSent) json(response, 500, { message: 'The notice could not be read.' })
      console.error('[site] notice:', error)
    })
  })
}
