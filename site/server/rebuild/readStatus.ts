import { type BuildStatus, buildStatusHeaders, buildStatusUrl } from '@vigil/shared'

/**
 * The rebuild server's status (GET /status beside the notice path), or undefined while it does not
 * answer. With WEBHOOK_SECRET it sends the status token, so it is answered from another host too,
 * or when the rebuild server's address is not a loopback one; without, only on its own machine.
 */
export async function readBuildStatus(rebuildUrl: string | URL, secret?: string): Promise<BuildStatus | undefined> {
  const headers = await buildStatusHeaders(secret)
  try {
    const response = await fetch(buildStatusUrl(rebuildUrl), { headers })
    return response.ok ? ((await response.json()) as BuildStatus) : undefined
  } catch {
    return undefined
  }
}
