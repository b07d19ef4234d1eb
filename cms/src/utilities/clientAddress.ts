import { createHmac } from 'node:crypto'
import { env } from '../env'

// Set by server.ts from the socket, replacing anything a client sent under that name.
const PEER_HEADER = 'x-vigil-peer'

// The visitor's address: the socket peer, or, behind TRUSTED_PROXY_HOPS proxies, the entry those
// proxies appended to X-Forwarded-For. Entries further left are the client's own claims.
export function clientAddress(headers: Headers, socketPeer?: string): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const peer = socketPeer ?? headers.get(PEER_HEADER)
  // Under `next dev` there is no server.ts: Next's own X-Forwarded-For is the best there is.
  if (!peer) return forwarded.at(-1) ?? 'unknown'
  const chain = [...forwarded, peer]
  return chain[Math.max(0, chain.length - 1 - env.TRUSTED_PROXY_HOPS)] ?? peer
}

const addressKey = createHmac('sha256', env.PAYLOAD_SECRET).update('vigil:address-hash').digest()

// Addresses are personal data: only this keyed hash is stored or held in memory.
export const hashAddress = (address: string): string =>
  createHmac('sha256', addressKey).update(address).digest('base64url').slice(0, 22)
