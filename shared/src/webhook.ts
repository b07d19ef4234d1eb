// The rebuild webhook contract: the CMS signs each notification's exact body with HMAC-SHA256
// under WEBHOOK_SECRET; the rebuild server refuses any body whose signature does not verify.
// Web Crypto, so the same code runs in Node and anywhere else.

export const SIGNATURE_HEADER = 'x-vigil-signature'
const PREFIX = 'sha256='

export interface RebuildNotice {
  /** What changed: a collection slug, or `global:site`. */
  source: string
  /** publish, update, unpublish, delete, or manual (the admin's "Rebuild now"). */
  event: 'publish' | 'update' | 'unpublish' | 'delete' | 'manual'
  id?: string | number
  slug?: string
  /** ISO time the change was saved. */
  at: string
}

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
