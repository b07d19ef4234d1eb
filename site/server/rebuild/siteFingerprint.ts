import { createHash } from 'node:crypto'
import path from 'node:path'
import { siteDir } from '../../src/env.ts'
import { fingerprint } from '../fingerprint.ts'

const root = path.resolve(siteDir, '..')
// What pages are made with besides content: the site's code, its dependencies, and the settings
// that end up in pages. A release built with other ones cannot be built on.
const CODE = ['site/src', 'site/public', 'site/astro.config.ts', 'site/package.json', 'shared/src', 'pnpm-lock.yaml']
const SETTINGS = ['SITE_URL', 'CMS_URL', 'CMS_PUBLIC_URL', 'SITE_SNAPSHOT_DIR'] as const

export function siteFingerprint(env: NodeJS.ProcessEnv): string {
  const settings = JSON.stringify(SETTINGS.map((name) => env[name] ?? ''))
  return createHash('sha256').update(fingerprint(root, CODE)).update(settings).digest('hex')
}
