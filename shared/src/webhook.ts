// The rebuild webhook contract, used by both sides: the CMS signs each notice's exact body with
// HMAC-SHA256 under WEBHOOK_SECRET; the rebuild server refuses any body whose signature does not
// verify, that was signed too long ago, or whose id it has already accepted. Web Crypto, so the
// same code runs in Node and anywhere else.
import { z } from 'zod'

export const SIGNATURE_HEADER = 'x-vigil-signature'
const PREFIX = 'sha256='

/** A notice signed longer ago than this is refused: a captured notice cannot be replayed later. */
export const NOTICE_MAX_AGE_MS = 5 * 60_000
/** How far in the future a notice's signing time may be, for clocks that differ a little. */
export const NOTICE_MAX_SKEW_MS = 60_000

/** How the rebuild server answers a notice it accepted before: the sender may treat it as delivered. */
export const NOTICE_ALREADY_ACCEPTED = 409

export interface RebuildNotice {
  /** What changed: a collection slug, or `global:site`. */
  source: string
  /** publish, update, unpublish, delete, or manual (the admin's "Rebuild now"). */
  event: 'publish' | 'update' | 'unpublish' | 'delete' | 'manual'
  /** The changed document's id. */
  id?: string | number
  slug?: string
  /** ISO time the change was saved. */
  at: string
  /** Random, given once when the notice is queued and kept by every retry of its delivery. */
  noticeId: string
  /** ISO time this delivery attempt was signed: each retry signs afresh with its own time. */
  sentAt: string
}

const noticeSchema = z.object({
  source: z.string().min(1).max(200),
  event: z.enum(['publish', 'update', 'unpublish', 'delete', 'manual']),
  id: z.union([z.string().max(200), z.number()]).optional(),
  slug: z.string().max(500).optional(),
  at: z.iso.datetime(),
  noticeId: z.string().regex(/^[\w-]{8,100}$/),
  sentAt: z.iso.datetime(),
})

const encoder = new TextEncoder()
const key = (secret: string, use: 'sign' | 'verify') =>
  crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [use])

const toHex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('')

export async function signBody(body: string, secret: string): Promise<string> {
  return PREFIX + toHex(await crypto.subtle.sign('HMAC', await key(secret, 'sign'), encoder.encode(body)))
}

// Constant-time: Web Crypto's verify compares the whole MAC whatever the input.
export async function verifyBody(body: string, header: string | null | undefined, secret: string): Promise<boolean> {
  if (!header?.startsWith(PREFIX)) return false
  const hex = header.slice(PREFIX.length)
  if (!/^[0-9a-f]{64}$/.test(hex)) return false
  const mac = new Uint8Array(hex.match(/../g)!.map((pair) => parseInt(pair, 16)))
  return crypto.subtle.verify('HMAC', await key(secret, 'verify'), mac, encoder.encode(body))
}

/** A notice's body and signature header, signed now: what one delivery attempt sends. */
export async function signNotice(
  notice: Omit<RebuildNotice, 'sentAt'>,
  secret: string,
  now: Date = new Date(),
): Promise<{ body: string; headers: Record<string, string> }> {
  const body = JSON.stringify({ ...notice, sentAt: now.toISOString() } satisfies RebuildNotice)
  return { body, headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: await signBody(body, secret) } }
}

export type OpenedNotice =
  { ok: true; notice: RebuildNotice; sentAtMs: number } | { ok: false; status: 400 | 401; message: string }

/**
 * A received notice, if its signature verifies, it has the contract's shape and it was signed within
 * NOTICE_MAX_AGE_MS (and no more than NOTICE_MAX_SKEW_MS ahead). Whether its id was seen before is
 * the receiver's to check, for as long as its signing time keeps it acceptable here.
 */
export async function openNotice(
  body: string,
  signature: string | null | undefined,
  secret: string,
  now: number = Date.now(),
): Promise<OpenedNotice> {
  if (!(await verifyBody(body, signature, secret)))
    return { ok: false, status: 401, message: 'The signature does not match: nothing will be built.' }
  let parsed: ReturnType<typeof noticeSchema.safeParse>
  try {
    parsed = noticeSchema.safeParse(JSON.parse(body))
  } catch {
    return { ok: false, status: 400, message: 'The notice is not JSON: nothing will be built.' }
  }
  if (!parsed.success)
    return {
      ok: false,
      status: 400,
      message: `The notice does not follow the contract (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}): nothing will be built.`,
    }
  const sentAtMs = Date.parse(parsed.data.sentAt)
  if (now - sentAtMs > NOTICE_MAX_AGE_MS || sentAtMs - now > NOTICE_MAX_SKEW_MS)
    return {
      ok: false,
      status: 401,
      message: `The notice was signed at ${parsed.data.sentAt}, more than ${NOTICE_MAX_AGE_MS / 60_000} minutes from now: nothing will be built. (Are both clocks right?)`,
    }
  return { ok: true, notice: parsed.data, sentAtMs }
}

/**
 * The token that opens the rebuild server's status to a caller that is not on its machine (as
 * `Authorization: Bearer <token>`). Derived from WEBHOOK_SECRET, so both sides already have it and
 * nothing new needs configuring; derived rather than the secret itself, so a token that leaks (a
 * proxy's log) reads build status but cannot sign a notice.
 */
export async function statusToken(secret: string): Promise<string> {
  return toHex(await crypto.subtle.sign('HMAC', await key(secret, 'sign'), encoder.encode('vigil rebuild status')))
}
