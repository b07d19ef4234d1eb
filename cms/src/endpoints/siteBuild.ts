import type { Endpoint } from 'payload'
import { statusToken } from '@vigil/shared'
import { hasRole } from '../access/roles'
import { env } from '../env'
import { queueRebuild } from '../hooks/notifyRebuild'

// The rebuild server's status, for the admin's build panel. Only the CMS talks to the rebuild
// server, so the admin needs no route to it. The rebuild server answers status only on its own
// machine or with the token derived from WEBHOOK_SECRET, so this sends the token: it works when
// the rebuild server runs on another host too.
const statusUrl = new URL('/status', env.REBUILD_WEBHOOK_URL)
const authorization = statusToken(env.WEBHOOK_SECRET).then((token) => `Bearer ${token}`)

export const siteBuildStatusEndpoint: Endpoint = {
  path: '/site-build',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor', 'campaigner')) {
      return Response.json({ message: 'Sign in to see the site’s build state.' }, { status: 403 })
    }
    try {
      const response = await fetch(statusUrl, {
        headers: { Authorization: await authorization },
        signal: AbortSignal.timeout(3000),
      })
      if (!response.ok) throw new Error(`answered ${response.status}`)
      return Response.json({ available: true, siteUrl: env.SITE_URL, ...((await response.json()) as object) })
    } catch (error) {
      return Response.json({
        available: false,
        siteUrl: env.SITE_URL,
        message: `No build status at ${statusUrl.origin} (${error instanceof Error ? error.message : 'unreachable'}). Notices still go to REBUILD_WEBHOOK_URL.`,
      })
    }
  },
}

// "Rebuild now": a notice like any other, through the same signed, retried delivery.
export const siteBuildNowEndpoint: Endpoint = {
  path: '/site-build',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'editor')) {
      return Response.json({ message: 'Only admins and editors can rebuild the site.' }, { status: 403 })
    }
    await queueRebuild(req, { source: 'admin', event: 'manual' })
    return Response.json({ queued: true }, { status: 202 })
  },
}
