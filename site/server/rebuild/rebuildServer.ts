import { createServer, type Server, type ServerResponse } from 'node:http'
import { type RebuildNotice, SIGNATURE_HEADER, verifyBody } from '@vigil/shared'
import type { RebuildScheduler } from './scheduler.ts'

const MAX_BODY = 64 * 1024

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(JSON.stringify(body))
}

// POST <hook path>: a signed notice (401 unless the HMAC verifies; nothing is built).
// GET /status: what the scheduler is doing and what is live.
export function createRebuildServer(scheduler: RebuildScheduler, hookPath: string, secret: string): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (request.method === 'GET' && url.pathname === '/status') return json(response, 200, scheduler.status())
    if (url.pathname !== hookPath) return json(response, 404, { message: 'Not found' })
    if (request.method !== 'POST') return json(response, 405, { message: 'POST a signed notice here.' })

    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) {
        json(response, 413, { message: 'Notice too large.' })
        request.destroy()
      } else chunks.push(chunk)
    })
    request.on('end', async () => {
      if (response.headersSent) return
      const body = Buffer.concat(chunks).toString('utf8')
      if (!(await verifyBody(body, request.headers[SIGNATURE_HEADER] as string | undefined, secret))) {
        return json(response, 401, { message: 'The signature does not match: nothing will be built.' })
      }
      let notice: RebuildNotice
      try {
        notice = JSON.parse(body) as RebuildNotice
      } catch {
        return json(response, 400, { message: 'The notice is not JSON.' })
      }
      scheduler.notify(notice)
      json(response, 202, { accepted: true, state: scheduler.status().state })
    })
  })
}
