import {
  type BuildStatus,
  buildStatusHeaders,
  buildStatusUrl,
  type RebuildQueued,
  type SiteBuildAnswer,
} from '@vigil/shared'
import { userCanRebuildSite, userIsStaff } from '../access/roles'
import { staffEndpoint } from '../access/staffEndpoint'
import { env } from '../env'
import { queueRebuild } from '../hooks/notifyRebuild'

// The rebuild server's status, for the admin's build panel. Only the CMS talks to the rebuild
// server, so the admin needs no route to it. The rebuild server answers status only on its own
// machine or with the token derived from WEBHOOK_SECRET, so this sends the token: it works when
// the rebuild server runs on another host too. The address and the token are the shared contract's
// (buildStatus.ts); the request stays here, with the timeout and the answer that suit the panel.
const statusUrl = buildStatusUrl(env.REBUILD_WEBHOOK_URL)
const statusHeaders = buildStatusHeaders(env.WEBHOOK_SECRET)

export const siteBuildStatusEndpoint = staffEndpoint(
  { path: '/site-build', method: 'get' },
  { allowed: userIsStaff, refusal: 'Sign in to see the site’s build state.' },
  async () => {
    try {
      const response = await fetch(statusUrl, {
        headers: await statusHeaders,
        signal: AbortSignal.timeout(3000),
      })
      if (!response.ok) throw new Error(`answered ${response.status}`)
      const status = (await response.json()) as BuildStatus
      return Response.json({ available: true, siteUrl: env.SITE_URL, ...status } satisfies SiteBuildAnswer)
    } catch (error) {
      return Response.json({
        available: false,
        siteUrl: env.SITE_URL,
        message: `No build status at ${statusUrl.origin} (${error instanceof Error ? error.message : 'unreachable'}). Notices still go to REBUILD_WEBHOOK_URL.`,
      } satisfies SiteBuildAnswer)
    }
  },
)

// "Rebuild now": a notice like any other, through the same signed, retried delivery.
export const siteBuildNowEndpoint = staffEndpoint(
  { path: '/site-build', method: 'post' },
  { allowed: userCanRebuildSite, refusal: 'Only admins and editors can rebuild the site.' },
  async (req) => {
    await queueRebuild(req, { source: 'admin', event: 'manual' })
    return Response.json({ queued: true } satisfies RebuildQueued, { status: 202 })
  },
)
