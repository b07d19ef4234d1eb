import { buildConfig } from 'payload'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { Actions } from './collections/Actions'
import { Authors } from './collections/Authors'
import { Media } from './collections/Media'
import { Posts } from './collections/Posts'
import { Signatures } from './collections/Signatures'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { databaseAdapter } from './database'
import { siteBuildNowEndpoint, siteBuildStatusEndpoint } from './endpoints/siteBuild'
import { env } from './env'
import { richTextEditor } from './fields/richTextEditor'
import { Site } from './globals/Site'
import { deliverRebuildNotice, REBUILD_QUEUE } from './jobs/deliverRebuildNotice'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Vigil' },
    // Gravatar is a third-party request per page view; editors' emails stay here.
    avatar: 'default',
    components: {
      graphics: { Icon: '/components/admin/Icon#Icon', Logo: '/components/admin/Logo#Logo' },
      beforeDashboard: ['/components/admin/SiteBuildPanel#SiteBuildPanel'],
    },
  },
  endpoints: [siteBuildStatusEndpoint, siteBuildNowEndpoint],
  collections: [Posts, Actions, Signatures, Authors, Topics, Media, Users],
  globals: [Site],
  editor: richTextEditor,
  db: databaseAdapter(),
  secret: env.PAYLOAD_SECRET,
  serverURL: env.CMS_URL,
  cors: [env.SITE_URL],
  csrf: [env.SITE_URL, env.CMS_URL],
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  jobs: {
    tasks: [deliverRebuildNotice],
    // Scheduled publishing queues jobs in the default queue; rebuild notices go out within a second.
    autoRun: [
      { cron: '*/10 * * * * *', limit: 50, queue: 'default' },
      { cron: '* * * * * *', limit: 50, queue: REBUILD_QUEUE },
    ],
    shouldAutoRun: () => env.JOBS_AUTORUN,
  },
  // Refused requests (4xx) are a visitor's mistake, not the server's: keep them out of the error log.
  loggingLevels: {
    Forbidden: 'debug',
    NotFound: 'debug',
    ValidationError: 'debug',
    AuthenticationError: 'warn',
    LockedAuth: 'warn',
  },
  telemetry: false,
})
