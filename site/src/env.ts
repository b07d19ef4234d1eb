// The only module in the site that reads process.env: validated once, at config and build time.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { config as loadDotenv } from 'dotenv'
import { z } from 'zod'

export const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const repoRoot = path.resolve(siteDir, '..')
if (existsSync(path.join(repoRoot, '.env'))) loadDotenv({ path: path.join(repoRoot, '.env'), quiet: true })

const schema = z.object({
  CMS_URL: z.url().default('http://localhost:3000'),
  SITE_URL: z.url().default('http://localhost:4321'),
  // Where visitors' browsers reach the CMS (the petition form posts there), when the build
  // reaches it at another address, such as an internal hostname.
  CMS_PUBLIC_URL: z.url().optional(),
  // Where `astro build` writes; the rebuild server points it at a new release folder each time.
  SITE_OUT_DIR: z.string().default(path.join(siteDir, 'dist')),
  // Downloaded images survive between builds here, so unchanged media is not fetched again.
  SITE_CACHE_DIR: z.string().default(path.join(siteDir, 'node_modules', '.vigil-cache')),
  // The rebuild server: where notices arrive (its port and path), the secret they are signed
  // with, where releases are kept and how many.
  REBUILD_WEBHOOK_URL: z.url().default('http://localhost:4322/hooks/rebuild'),
  WEBHOOK_SECRET: z.string().min(32, 'WEBHOOK_SECRET must be at least 32 characters').optional(),
  SITE_RELEASES_DIR: z.string().default(path.join(repoRoot, 'data', 'site')),
  SITE_KEEP_RELEASES: z.coerce.number().int().min(2).default(5),
  // Wait this long after a notice before building (0: at once). Notices arriving during a build
  // always make just one more, so a burst costs at most two builds either way.
  REBUILD_QUIET_MS: z.coerce.number().int().min(0).default(0),
  // A release to build on: only pages whose content changed are rendered, the rest are carried
  // over from it. The rebuild server sets it when the site's code and settings are unchanged.
  SITE_PREVIOUS_RELEASE: z.string().optional(),
  // Build from saved JSON (scripts/snapshot.ts) instead of the CMS: offline builds and benchmarks.
  SITE_SNAPSHOT_DIR: z.string().optional(),
})

function readEnv() {
  const given = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ''))
  const parsed = schema.safeParse(given)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Vigil site configuration is invalid:\n${lines.join('\n')}`)
  }
  const cmsPublicUrl = (parsed.data.CMS_PUBLIC_URL ?? parsed.data.CMS_URL).replace(/\/$/, '')
  return { ...parsed.data, cmsPublicUrl, mediaCacheDir: path.join(parsed.data.SITE_CACHE_DIR, 'media') }
}

export const env = readEnv()

// What a build started by the rebuild server inherits: this environment as given (PATH, .env
// values); `astro build` validates it again through this same module.
export const childEnv: NodeJS.ProcessEnv = process.env
