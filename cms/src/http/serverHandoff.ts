// What cms/server.ts (the plain Node server around Next) and the app inside it agree on. The server
// imports this file directly (Node strips the types), the app through its bundle: nothing else here,
// so the server never loads app code.
import type { IncomingMessage, ServerResponse } from 'node:http'

/** Set by the server from the socket's peer address, replacing anything a client sent under it. */
export const PEER_HEADER = 'x-vigil-peer'

/** Where the app leaves the petition fast path for the server, once Next has loaded it. */
export const FAST_PATH_KEY = Symbol.for('vigil.petitionFastPath')

/** True when the request was the fast path's (answered or being answered); false to pass it to Next. */
export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean
