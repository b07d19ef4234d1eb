'use client'
import { Button, toast, useAuth } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import type { SiteBuildAnswer } from '@vigil/shared'
import { userCanRebuildSite } from '../../access/roles'
import type { User } from '../../payload-types'

const time = (iso: string) => new Date(iso).toLocaleString('en-CA', { dateStyle: 'medium', timeStyle: 'medium' })
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

// On the dashboard: what visitors see now, what is being built, what failed; "Rebuild now".
export function SiteBuildPanel() {
  const { user } = useAuth<User>()
  // The rebuild server's status (when the CMS reached it), as the CMS's /api/site-build passes it on.
  const [status, setStatus] = useState<SiteBuildAnswer>()
  const [asked, setAsked] = useState(false)

  const refresh = useCallback(async () => {
    const response = await fetch('/api/site-build', { credentials: 'include' }).catch(() => undefined)
    if (response?.ok) setStatus((await response.json()) as SiteBuildAnswer)
  }, [])

  const state = status?.available ? status.state : undefined
  useEffect(() => {
    void refresh()
    const timer = setInterval(refresh, state === 'building' || asked ? 1500 : 10_000)
    return () => clearInterval(timer)
  }, [refresh, state, asked])

  async function rebuild() {
    setAsked(true)
    const response = await fetch('/api/site-build', { method: 'POST', credentials: 'include' })
    if (response.ok) toast.success('Full rebuild requested: every page is rendered again, which takes a little longer.')
    else toast.error(((await response.json()) as { message?: string }).message ?? 'The rebuild could not be requested.')
    setTimeout(() => setAsked(false), 15_000)
  }

  const canRebuild = userCanRebuildSite(user)
  const progress = status?.available ? status.building : undefined
  return (
    <section
      aria-labelledby="site-build-heading"
      style={{
        marginBottom: '2rem',
        padding: '1rem 1.25rem',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
      }}
    >
      <h2 id="site-build-heading" style={{ margin: '0 0 0.5rem', fontSize: '1.2rem' }}>
        The live site
      </h2>
      {!status && <p>Checking the site’s build state…</p>}
      {status && !status.available && <p>{status.message}</p>}
      {status?.available && (
        <div role="status" aria-live="polite">
          {status.live ? (
            <p style={{ margin: '0 0 0.4rem' }}>
              Live since <strong>{time(status.live.builtAt)}</strong> · {status.live.pages} pages,{' '}
              {status.live.incremental ? 'changed pages rebuilt' : 'all built'} in {seconds(status.live.durationMs)} ·{' '}
              <a href={status.siteUrl} target="_blank" rel="noopener">
                Open the site
              </a>
            </p>
          ) : (
            <p>No release is live yet.</p>
          )}
          {progress && (
            <p style={{ margin: '0 0 0.4rem' }}>
              <strong>Building:</strong> {progress.phase}
              {progress.pages > 0 &&
                ` · ${progress.pages}${progress.expectedPages ? ` of about ${progress.expectedPages}` : ''}${progress.incremental ? ' changed' : ''} pages`}
              {progress.queued && ' · another build will follow'}
            </p>
          )}
          {status.state === 'failed' && status.lastFailure && (
            <div style={{ color: 'var(--theme-error-500)' }}>
              <p style={{ margin: '0 0 0.4rem' }}>
                <strong>The last build failed</strong> ({time(status.lastFailure.at)}); visitors still see the release
                above. {status.lastFailure.error}
              </p>
              <details>
                <summary>Build output</summary>
                <pre style={{ whiteSpace: 'pre-wrap', fontSize: '0.8rem' }}>{status.lastFailure.tail.join('\n')}</pre>
              </details>
            </div>
          )}
        </div>
      )}
      {canRebuild && (
        <Button buttonStyle="secondary" size="small" onClick={rebuild} disabled={asked || state === 'building'}>
          {asked || state === 'building' ? 'Rebuilding…' : 'Rebuild now'}
        </Button>
      )}
    </section>
  )
}
