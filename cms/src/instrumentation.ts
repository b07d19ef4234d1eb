// Next.js runs this once as the server starts. It hands the petition fast path to server.ts,
// built and bundled with the rest of the app so it shares the app's Payload instance.
import { FAST_PATH_KEY, type FastPath } from './http/serverHandoff'

export async function register() {
  // Next sets NEXT_RUNTIME itself; this file runs before (and without) the CMS's env module,
  // which could not even load in the edge runtime.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { petitionFastPath } = await import('./petitions/endpoints/fastPath')
  ;(globalThis as Record<symbol, FastPath>)[FAST_PATH_KEY] = petitionFastPath
}
