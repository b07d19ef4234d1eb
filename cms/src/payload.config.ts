import { buildConfig } from 'payload'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { DEFAULT_LOCALE, LOCALES } from '@vigil/shared'
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
import { localizeMongoData } from './database/localizeMongoData'
import { siteBuildNowEndpoint, siteBuildStatusEndpoint } from './endpoints/siteBuild'
import { env } from './env'
import { adminTranslations } from './admin/componentWords'
import { richTextEditor } from './fields/richTextEditor'
import { Site } from './globals/Site'
import { deliverRebuildNotice, REBUILD_QUEUE } from './jobs/deliverRebuildNotice'
import { EMAIL_QUEUE } from './email/queuedMessage'
import { queuedEmailAdapter } from './email/queuedEmailAdapter'
import { sendEmailTask } from './jobs/sendEmail'
import { fillMissingNameKeys } from './jobs/fillNameKeys'
import { ACTION_STATE_QUEUE, settleActionsWithoutState, settleActionStateTask } from './jobs/settleActionState'

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
  // The admin's own words, in each user's choice of language (their account page).
  i18n: { supportedLanguages: { en, fr }, fallbackLanguage: 'en', translations: adminTranslations },
  // Content in every language the site publishes. A request that names no language gets English;
  // a field with no French text is empty in French (no language falls back to another), so a page
  // can never show English under a French address. (`fallback: true` is what makes a request
  // without a locale read the default one; each locale then turns falling back off for itself.)
  localization: {
    locales: LOCALES.map(({ code, label, dir }) => ({ code, label, rtl: dir === 'rtl', fallbackLocale: 'none' })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  // Each language of a post or action is published on its own (versions.ts turns it on per collection).
  experimental: { localizeStatus: true },
  endpoints: [siteBuildStatusEndpoint, siteBuildNowEndpoint],
  collections: [Posts, Actions, Signatures, Authors, Topics, Media, Users],
  globals: [Site],
  editor: richTextEditor,
  // Every message, Payload's own included, waits in the email queue and goes out over SMTP_URL.
  email: queuedEmailAdapter,
  db: databaseAdapter(),
  secret: env.PAYLOAD_SECRET,
  serverURL: env.CMS_URL,
  // No `cors`: Payload would let the listed origins make credentialed requests (a staff session
  // read from a script on the site). The petition routes set their own, credential-free CORS
  // (endpoints/petitionCors.ts). Cookies are honoured only on requests from the CMS itself.
  csrf: [new URL(env.CMS_URL).origin],
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  jobs: {
    tasks: [deliverRebuildNotice, settleActionStateTask, sendEmailTask],
    // Scheduled publishing queues jobs in the default queue; rebuild notices go out within a second.
    autoRun: [
      { cron: '*/10 * * * * *', limit: 50, queue: 'default' },
      { cron: '* * * * * *', limit: 50, queue: REBUILD_QUEUE },
      // Actions open and close at their times, to the second.
      { cron: '* * * * * *', limit: 50, queue: ACTION_STATE_QUEUE },
      // Mail leaves within a second of being queued.
      { cron: '* * * * * *', limit: 100, queue: EMAIL_QUEUE },
    ],
    shouldAutoRun: () => env.JOBS_AUTORUN,
  },
  // Refused requests (4xx) are a visitor's mistake, not the server's: keep them out of the error log.
  loggingLevels: {
    Forbidden: 'debug',
    NotFound: 'debug',
    ValidationError: 'debug',
    AuthenticationError: 'warn',
    // Our own 429 for too many sign-in attempts (src/auth/signInThrottled.ts); not one of Payload's names.
    ...({ SignInThrottled: 'warn' } as Record<string, 'warn'>),
  },
  // Data saved by earlier versions gets what this one stores (on SQL databases, migrations did it).
  onInit: async (payload) => {
    if (!env.smtp) payload.logger.warn('SMTP_URL is not set: email waits in the queue and goes out once it is.')
    await localizeMongoData(payload)
    await settleActionsWithoutState(payload)
    void fillMissingNameKeys(payload).catch((error: unknown) =>
      payload.logger.error({ err: error }, 'Could not fill in the search keys of older signatures'),
    )
  },
  telemetry: false,
})
