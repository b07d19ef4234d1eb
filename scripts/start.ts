// `npm start`: the whole system on the embedded database with demo content.
import { startCms } from '@vigil/tools/cms'
import { childEnv } from '@vigil/tools/env'
import { fail, say, seconds } from '@vigil/tools/log'
import { dataDir } from '@vigil/tools/paths'
import { portIsFree } from '@vigil/tools/ports'
import { ensureOwnerOnlyDir } from '@vigil/tools/privateFiles'
import { stopService } from '@vigil/tools/processes'
import { ensureCmsBuild, seedCms } from './lib/cms.ts'
import { startDevMail } from './lib/devMail.ts'
import { startSiteServer } from './lib/site.ts'

const started = performance.now()
// Before anything can write there: the database, uploads and releases stay the owner's alone.
ensureOwnerOnlyDir(dataDir)
const env = childEnv()
const databaseUrl = env.DATABASE_URL ?? 'file:./data/vigil.db'
if (!/^(file:|mongodb(\+srv)?:\/\/)/.test(databaseUrl)) {
  fail(
    `DATABASE_URL "${databaseUrl.split(':')[0]}:…" is not supported.`,
    'Use file:./data/vigil.db (SQLite) or a mongodb:// URL.',
  )
}

const cmsUrl = new URL(env.CMS_URL ?? 'http://localhost:3000')
const siteUrl = new URL(env.SITE_URL ?? 'http://localhost:4321')
const rebuildUrl = new URL(env.REBUILD_WEBHOOK_URL ?? 'http://localhost:4322/hooks/rebuild')
const ports = [
  { port: Number(cmsUrl.port || 80), what: 'the CMS', variable: 'CMS_URL' },
  { port: Number(siteUrl.port || 80), what: 'the site', variable: 'SITE_URL' },
  { port: Number(rebuildUrl.port || 80), what: 'the rebuild server', variable: 'REBUILD_WEBHOOK_URL' },
]
for (const { port, what, variable } of ports) {
  if (!(await portIsFree(port))) {
    fail(
      `Port ${port} is already in use, so ${what} cannot start.`,
      `Stop what is using it, or set ${variable} in .env.`,
    )
  }
}

// Whatever happens from here on, leaving this process stops the services it started.
const services: Parameters<typeof stopService>[0][] = []
process.on('exit', () => services.forEach(stopService))
process.on('SIGINT', () => (say('Stopping.'), process.exit(0)))
process.on('SIGTERM', () => process.exit(0))

await ensureCmsBuild(env)
const adminLogin = await seedCms(env)
// Mail goes to SMTP_URL when .env sets one; otherwise to a development mail server whose inbox
// shows every message Vigil sends.
let inboxUrl: string | undefined
if (!env.SMTP_URL) {
  say('Starting the development mail server (MailDev)…')
  const mail = await startDevMail().catch((error: Error) => fail(`The mail server did not start: ${error.message}`))
  services.push(mail.server)
  env.SMTP_URL = mail.smtpUrl
  inboxUrl = mail.inboxUrl
}
say('Starting the CMS…')
const cms = await startCms(env, ports[0]!.port).catch((error: Error) => fail(`The CMS did not start: ${error.message}`))
services.push(cms)
say('Starting the site and its rebuild server…')
const site = await startSiteServer(env, rebuildUrl.origin).catch((error: Error) =>
  fail(`The site did not start: ${error.message}`),
)
services.push(site)

say(`Ready in ${seconds(started)}.`)
say(`  Site:   ${siteUrl.origin}/`)
say(`  Admin:  ${cmsUrl.origin}/admin`)
say(`  API:    ${cmsUrl.origin}/api`)
say(
  inboxUrl
    ? `  Mail:   ${inboxUrl}   (every message Vigil sends lands here; set SMTP_URL in .env to send for real)`
    : `  Mail:   sent through SMTP_URL (${new URL(env.SMTP_URL!).host})`,
)
say(
  `  Builds: ${rebuildUrl.origin}/status   (publishing in the admin rebuilds the site; npm run rollback undoes the last)`,
)
// The generated password's only appearance: seeding hands it over without printing it.
if (adminLogin) say(`  Login:  ${adminLogin}   ← shown only this once: keep it`)
else say('  Login:  the admin account created on first start (ADMIN_EMAIL / ADMIN_PASSWORD if set in .env)')
say('Press Ctrl+C to stop.')

cms.on('exit', (code) => fail(`The CMS stopped (exit code ${code}).`))
site.on('exit', (code) => fail(`The site server stopped (exit code ${code}).`))
