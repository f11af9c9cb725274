import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Embed } from './blocks/Embed'
import { Articles } from './collections/Articles'
import { Authors } from './collections/Authors'
import { Categories } from './collections/Categories'
import { Corrections } from './collections/Corrections'
import { DebateDocuments } from './collections/DebateDocuments'
import { DebateSubmissions } from './collections/DebateSubmissions'
import { Media } from './collections/Media'
import { Redirects } from './collections/Redirects'
import { TipAttachments } from './collections/TipAttachments'
import { Tips } from './collections/Tips'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { createDatabaseAdapter } from './database'
import { nodemailerAdapter } from './email/nodemailerAdapter'
import { siteEndpoints } from './endpoints/siteEndpoints'
import { submissionEndpoints } from './endpoints/submissionEndpoints'
import './generatedTypes'
import { readEnv } from './env'
import { deliverSiteWebhook } from './jobs/deliverSiteWebhook'
import { purgeExpiredSubmissions } from './jobs/purgeExpiredSubmissions'
import { releaseStuckDeliveriesAtStart } from './jobs/releaseStuckDeliveries'
import { sendSubmissionMail } from './jobs/sendSubmissionMail'
import { startSiteDeliveryRunner } from './siteWebhook/siteDeliveryRunner'
import { withUploadDirs } from './uploads'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()

export default buildConfig({
  serverURL: env.serverUrl,
  secret: env.payloadSecret,
  telemetry: false,
  admin: {
    user: Users.slug,
    avatar: 'default',
    dateFormat: 'd MMMM yyyy HH:mm',
    meta: { titleSuffix: ' – Redaktion' },
    importMap: { baseDir: dirname },
    components: {
      beforeDashboard: ['/components/InboxCounts#InboxCounts', '/components/SitePanel#SitePanel'],
    },
  },
  i18n: { supportedLanguages: { sv, en }, fallbackLanguage: 'sv' },
  collections: withUploadDirs(env.uploadsDir, [
    Articles,
    Categories,
    Topics,
    Authors,
    Media,
    Corrections,
    Tips,
    TipAttachments,
    DebateSubmissions,
    DebateDocuments,
    Redirects,
    Users,
  ]),
  endpoints: [...submissionEndpoints(env), ...siteEndpoints(env)],
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: [Embed] })],
  }),
  db: createDatabaseAdapter(env),
  email: nodemailerAdapter(env.mail),
  sharp,
  upload: { limits: { fileSize: 25 * 1024 * 1024 } },
  onInit: async (payload) => {
    if (env.isRunningJobs) await releaseStuckDeliveriesAtStart(payload)
  },
  jobs: {
    // Called where Payload starts its crons. The site webhook deliveries have a queue and a
    // runner of their own (siteDeliveryRunner.ts), which sends a delivery right after its change.
    autoRun: (payload) => {
      if (env.isRunningJobs) startSiteDeliveryRunner(payload, env.jobsCron)
      return [
        {
          cron: env.jobsCron,
          queue: 'default',
          limit: 100,
          // Scheduled tasks (the nightly retention run) are queued only where jobs run.
          disableScheduling: !env.isRunningJobs,
        },
      ]
    },
    shouldAutoRun: () => env.isRunningJobs,
    tasks: [
      sendSubmissionMail({ newsdeskAddress: env.mail.newsdeskAddress }),
      purgeExpiredSubmissions({ retentionDays: env.submissions.retentionDays }),
      deliverSiteWebhook(env.siteWebhook),
    ],
  },
  // Read by the content hooks: without SITE_WEBHOOK_URL no delivery is queued at all.
  custom: { siteWebhookUrl: env.siteWebhook.url },
  typescript: {
    outputFile: path.resolve(dirname, '../../content-schemas/src/payload-types.ts'),
    declare: false,
  },
})
