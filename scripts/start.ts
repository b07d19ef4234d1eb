// `npm start`: the whole system on the embedded database with demo content.
import { ensureCmsBuild, seedCms, startCms } from './lib/cms.ts'
import { childEnv } from './lib/envFile.ts'
import { fail, say, seconds } from './lib/log.ts'
import { portIsFree, stopService } from './lib/processes.ts'

const started = performance.now()
const env = childEnv()
const databaseUrl = env.DATABASE_URL ?? 'file:./data/vigil.db'
if (!/^(file:|mongodb(\+srv)?:\/\/)/.test(databaseUrl)) {
  fail(
    `DATABASE_URL "${databaseUrl.split(':')[0]}:…" is not supported.`,
    'Use file:./data/vigil.db (SQLite) or a mongodb:// URL.',
  )
}
const cmsUrl = new URL(env.CMS_URL ?? 'http://localhost:3000')
const cmsPort = Number(cmsUrl.port || 80)
if (!(await portIsFree(cmsPort))) {
  fail(
    `Port ${cmsPort} is already in use, so the CMS cannot start.`,
    `Stop what is using it, or set CMS_URL in .env to another port.`,
  )
}

await ensureCmsBuild(env)
const adminLogin = await seedCms(env)
say('Starting the CMS…')
const cms = await startCms(env, cmsPort).catch((error: Error) => fail(`The CMS did not start: ${error.message}`))

say(`Ready in ${seconds(started)}.`)
say(`  Admin:  ${cmsUrl.origin}/admin`)
say(`  API:    ${cmsUrl.origin}/api`)
if (adminLogin) say(`  Login:  ${adminLogin}   ← shown only this once: keep it`)
else say(`  Login:  the admin account created on first start (ADMIN_EMAIL / ADMIN_PASSWORD if set in .env)`)
say('Press Ctrl+C to stop.')

const shutdown = () => {
  stopService(cms)
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
cms.on('exit', (code) => fail(`The CMS stopped (exit code ${code}).`))
