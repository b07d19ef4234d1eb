import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import { BlockList, isIPv6 } from 'node:net'

// Who may read the rebuild server's status (build output and errors): a caller on the same
// machine, or one that shows the status token (`Authorization: Bearer <token>`, statusToken() in
// @vigil/shared), as the CMS's build panel does. A request that came through a proxy carries the
// proxy's forwarding headers and counts as remote even though its connection is local, so putting
// a proxy on this machine in front of the rebuild server does not open status to the world.
const loopback = new BlockList()
loopback.addSubnet('127.0.0.0', 8, 'ipv4')
loopback.addAddress('::1', 'ipv6')

const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-real-ip', 'via'] as const

export interface Caller {
  /** The connection's peer address (`request.socket.remoteAddress`). */
  remoteAddress: string | undefined
  headers: IncomingHttpHeaders
}

export function isLocal({ remoteAddress, headers }: Caller): boolean {
  if (!remoteAddress || FORWARDING_HEADERS.some((name) => headers[name] !== undefined)) return false
  return loopback.check(remoteAddress, isIPv6(remoteAddress) ? 'ipv6' : 'ipv4')
}

// Digests of equal length, so the comparison takes the same time whatever was sent.
const digest = (value: string) => createHash('sha256').update(value).digest()

export function hasToken({ headers }: Caller, token: string): boolean {
  const given = /^Bearer (\S+)$/.exec(headers.authorization ?? '')?.[1]
  return given !== undefined && timingSafeEqual(digest(given), digest(token))
}

export function mayControl(caller: Caller, token: string): boolean {
  return isLocal(caller) || hasToken(caller, token)
}
