import { createHmac } from 'node:crypto'
import { env } from '../env'
import { PEER_HEADER } from './serverHandoff'

// The visitor's address: the socket peer, or, behind TRUSTED_PROXY_HOPS proxies, the entry those
// proxies appended to X-Forwarded-For. Entries further left are the client's own claims.
export function clientAddress(headers: Headers, socketPeer?: string): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const peer = socketPeer ?? headers.get(PEER_HEADER)
  // Under `next dev` there is no server.ts: Next's own X-Forwarded-For is the best there is.
  if (!peer) return addressGroup(forwarded.at(-1) ?? 'unknown')
  const chain = [...forwarded, peer]
  return addressGroup(chain[Math.max(0, chain.length - 1 - env.TRUSTED_PROXY_HOPS)] ?? peer)
}

// One visitor, as limits count them: an IPv4 address, or an IPv6 /64 network, since one home or
// one server is given a whole /64 and could otherwise sign or guess passwords from endless
// addresses. An IPv4 address in IPv6 form (::ffff:192.0.2.1) is the IPv4 address.
export function addressGroup(address: string): string {
  const plain = address.replace(/%.*$/, '').toLowerCase()
  if (!plain.includes(':')) return plain
  const mapped = /^(?:0*:)*:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain)
  if (mapped) return mapped[1]!
  const [head = '', tail] = plain.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups =
    tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
  if (groups.length !== 8 || groups.some((group) => !/^[0-9a-f]{1,4}$/.test(group))) return plain
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`
}

const addressKey = createHmac('sha256', env.PAYLOAD_SECRET).update('vigil:address-hash').digest()

// Addresses are personal data: only this keyed hash is stored or held in memory.
export const hashAddress = (address: string): string =>
  createHmac('sha256', addressKey).update(address).digest('base64url').slice(0, 22)
