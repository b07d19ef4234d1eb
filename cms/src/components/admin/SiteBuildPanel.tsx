'use client'
import { Button, toast, useAuth } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import type { SiteBuildAnswer } from '@vigil/shared'
import { userCanRebuildSite } from '../../access/roles'
import type { User } from '../../payload-types'
import { useAdminWords } from './useAdminWords'

// On the dashboard: what visitors see now, what is being built, what failed; "Rebuild now".
export function SiteBuildPanel() {
  const { t, number, dateTime } = useAdminWords()
  const seconds = (ms: number) => `${number(Math.round(ms / 100) / 10)}\u00a0s`
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
    if (response.ok) toast.success(t('vigil:siteRebuildAsked'))
    else toast.error(((await response.json()) as { message?: string }).message ?? t('vigil:siteRebuildRefused'))
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
        {t('vigil:siteHeading')}
      </h2>
      {!status && <p>{t('vigil:siteChecking')}</p>}
      {status && !status.available && <p>{status.message}</p>}
      {status?.available && (
        <div role="status" aria-live="polite">
          {status.live ? (
            <p style={{ margin: '0 0 0.4rem' }}>
              {t('vigil:siteLiveSince')} <strong>{dateTime(status.live.builtAt)}</strong> ·{' '}
              {t('vigil:sitePages', { pages: number(status.live.pages) })},{' '}
              {t(status.live.incremental ? 'vigil:siteChangedRebuilt' : 'vigil:siteAllBuilt', {
                duration: seconds(status.live.durationMs),
              })}{' '}
              ·{' '}
              <a href={status.siteUrl} target="_blank" rel="noopener">
                {t('vigil:siteOpen')}
              </a>
            </p>
          ) : (
            <p>{t('vigil:siteNoRelease')}</p>
          )}
          {progress && (
            <p style={{ margin: '0 0 0.4rem' }}>
              <strong>{t('vigil:siteBuilding')}</strong> {progress.phase}
              {progress.pages > 0 &&
                ` · ${t(
                  progress.incremental
                    ? progress.expectedPages
                      ? 'vigil:siteBuildingChangedOf'
                      : 'vigil:siteBuildingChanged'
                    : progress.expectedPages
                      ? 'vigil:siteBuildingPagesOf'
                      : 'vigil:siteBuildingPages',
                  { pages: number(progress.pages), expected: number(progress.expectedPages ?? 0) },
                )}`}
              {progress.queued && ` · ${t('vigil:siteQueued')}`}
            </p>
          )}
          {status.state === 'failed' && status.lastFailure && (
            <div style={{ color: 'var(--theme-error-500)' }}>
              <p style={{ margin: '0 0 0.4rem' }}>
                <strong>{t('vigil:siteFailed')}</strong> ({dateTime(status.lastFailure.at)});{' '}
                {t('vigil:siteFailedNote')} {status.lastFailure.error}
              </p>
              <details>
                <summary>{t('vigil:siteBuildOutput')}</summary>
                <pre style={{ whiteSpace: 'pre-wrap', fontSize: '0.8rem' }}>{status.lastFailure.tail.join('\n')}</pre>
              </details>
            </div>
          )}
        </div>
      )}
      {canRebuild && (
        <Button buttonStyle="secondary" size="small" onClick={rebuild} disabled={asked || state === 'building'}>
          {asked || state === 'building' ? t('vigil:siteRebuilding') : t('vigil:siteRebuild')}
        </Button>
      )}
    </section>
  )
}
