import { PETITION_TEXT } from '@vigil/shared'
import { env } from '../../env'
import { formPagePolicy } from '../../securityHeaders'

const FORM_PAGE_POLICY = formPagePolicy(env.siteOrigin)

// What the petition endpoints answer, independent of the server that carries it: Payload's REST
// router (a fetch Response) or the Node server's fast path (see fastPath.ts).
export interface PlainResponse {
  status: number
  headers: Record<string, string>
  body?: string
}

export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}): PlainResponse => ({
  status,
  headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  body: JSON.stringify(body),
})

export const htmlResponse = (status: number, body: string, headers: Record<string, string> = {}): PlainResponse => ({
  status,
  headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': FORM_PAGE_POLICY, ...headers },
  body,
})

// Whatever failed inside, the visitor learns only that nothing was saved; never cached.
export const serverError = (): PlainResponse =>
  jsonResponse(500, { message: PETITION_TEXT.answers.serverError }, { 'Cache-Control': 'no-store' })

export const toFetchResponse = ({ status, headers, body }: PlainResponse) =>
  new Response(body ?? null, { status, headers })

// The request as the petition endpoints need it.
export interface PlainRequest {
  slug: string
  headers: Headers
  body: AsyncIterable<Uint8Array> | null
  /** The visitor's address, as the server carrying the request sees it. */
  address: string
}
