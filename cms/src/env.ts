// The only module in the CMS that reads process.env: validated once, typed after.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { config as loadDotenv } from 'dotenv'
import { z } from 'zod'
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '@vigil/shared/locales'

// The repository root holds `.env` and `data/`; the CMS runs from cms/ or from the root.
function findRoot(start: string): string {
  let dir = start
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir)
    if (parent === dir) return start
    dir = parent
  }
  return dir
}

export const repoRoot = process.env.VIGIL_ROOT ?? findRoot(process.cwd())
loadDotenv({ path: path.join(repoRoot, '.env'), quiet: true })

const secret = (name: string) =>
  z
    .string({ error: `${name} is missing: run \`npm start\` once to generate it into .env` })
    .min(32, `${name} must be at least 32 characters`)

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .default('file:./data/vigil.db')
    .refine((url) => url.startsWith('file:') || /^mongodb(\+srv)?:\/\//.test(url), {
      message: 'DATABASE_URL must start with file: (SQLite) or mongodb:// / mongodb+srv:// (MongoDB)',
    }),
  PAYLOAD_SECRET: secret('PAYLOAD_SECRET'),
  WEBHOOK_SECRET: secret('WEBHOOK_SECRET'),
  CMS_URL: z.url().default('http://localhost:3000'),
  SITE_URL: z.url().default('http://localhost:4321'),
  REBUILD_WEBHOOK_URL: z.url().default('http://localhost:4322/hooks/rebuild'),
  MEDIA_DIR: z.string().default('data/media'),
  JOBS_AUTORUN: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  // Signing limits. Per address: at most SIGN_RATE_LIMIT signatures in SIGN_RATE_WINDOW_SECONDS.
  SIGN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  SIGN_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  SIGN_MAX_BODY_BYTES: z.coerce.number().int().min(512).default(8192),
  // Staff sign-in: failed attempts allowed per address per account, and per address across all
  // accounts, in each window of SIGN_IN_WINDOW_SECONDS (see src/auth/signInThrottle.ts).
  SIGN_IN_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  SIGN_IN_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(20),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  // How many proxies in front of the CMS append to X-Forwarded-For (0: the CMS faces visitors).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
  // How stale the public count may be; the count endpoint is cached this long by browsers and CDNs.
  COUNT_MAX_AGE_SECONDS: z.coerce.number().int().min(1).max(60).default(5),
  // Seeding only: also create an archive of this many numbered posts, for benchmarks.
  SEED_SYNTHETIC_POSTS: z.coerce.number().int().positive().optional(),
  // Seeding only: also publish that archive in these languages (a comma-separated list, e.g. fr).
  SEED_SYNTHETIC_LANGUAGES: z
    .string()
    .optional()
    .transform((list) =>
      list
        ?.split(',')
        .map((code) => code.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE) as [Locale, ...Locale[]])).optional()),
  // Seeding only: also sign the open demo action this many times, for benchmarks at scale.
  SEED_SYNTHETIC_SIGNATURES: z.coerce.number().int().positive().optional(),
  // Outgoing mail. Without SMTP_URL, messages wait in the queue (and the CMS says so as it starts).
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465' })
    .optional(),
  MAIL_FROM_ADDRESS: z.email().default('campaigns@vigil.localhost'),
  MAIL_FROM_NAME: z.string().min(1).max(100).default('Vigil'),
  // At most this many messages to one address in a day, however often it is typed into a form.
  MAIL_PER_ADDRESS_PER_DAY: z.coerce.number().int().positive().default(5),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD must be at least 12 characters').optional(),
})

// Nodemailer's connection settings from SMTP_URL: smtps:// is TLS from the start (port 465),
// smtp:// upgrades with STARTTLS when the server offers it.
function smtpOptions(url: URL) {
  const secure = url.protocol === 'smtps:'
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'), // [::1] → ::1
    port: Number(url.port || (secure ? 465 : 587)),
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
  }
}

export function parseEnv(source: Record<string, string | undefined>) {
  // An empty line in .env (`ADMIN_EMAIL=`) means "not set", never an empty value.
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const parsed = schema.safeParse(given)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Vigil CMS configuration is invalid:\n${lines.join('\n')}`)
  }
  const env = parsed.data
  const sqliteFile = env.DATABASE_URL.startsWith('file:')
    ? path.resolve(repoRoot, env.DATABASE_URL.slice('file:'.length))
    : undefined
  return {
    ...env,
    siteOrigin: new URL(env.SITE_URL).origin,
    databaseKind: sqliteFile ? ('sqlite' as const) : ('mongodb' as const),
    sqliteUrl: sqliteFile ? `file:${sqliteFile}` : undefined,
    sqliteFile,
    mediaDir: path.resolve(repoRoot, env.MEDIA_DIR),
    smtp: env.SMTP_URL ? smtpOptions(new URL(env.SMTP_URL)) : undefined,
  }
}

export const env = parseEnv(process.env)
export type Env = typeof env
