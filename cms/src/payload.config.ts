import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { BlocksFeature, lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { sv } from '@payloadcms/translations/languages/sv'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { isEditorUser } from './access/roles'
import { Embed } from './blocks/Embed'
import { ArticleComments } from './collections/ArticleComments'
import { Articles } from './collections/Articles'
import { Authors } from './collections/Authors'
import { Categories } from './collections/Categories'
import { Comments } from './collections/Comments'
import { Corrections } from './collections/Corrections'
import { DebateDocuments } from './collections/DebateDocuments'
import { DebateSubmissions } from './collections/DebateSubmissions'
import { Documents } from './collections/Documents'
import { Events } from './collections/Events'
import { Media } from './collections/Media'
import { PageFeedback } from './collections/PageFeedback'
import { previewLinksCollection } from './collections/PreviewLinks'
import { Redirects } from './collections/Redirects'
import { Registrations } from './collections/Registrations'
import { TipAttachments } from './collections/TipAttachments'
import { TipMessages } from './collections/TipMessages'
import { Tips } from './collections/Tips'
import { Topics } from './collections/Topics'
import { Videos } from './collections/Videos'
import { USERS_SLUG, usersCollection } from './collections/Users'
import { createDatabaseAdapter } from './database'
import { announceEventEnded } from './events/announceEventEnded'
import { nodemailerAdapter } from './email/nodemailerAdapter'
import { siteEndpoints } from './endpoints/siteEndpoints'
import { TypeStatements } from './globals/TypeStatements'
import { guardSystemCollections } from './guardSystemCollections'
import { liveEndpoint } from './live/liveEndpoint'
import { notFoundForInvalidId } from './hooks/notFoundForInvalidId'
import { requireDocumentData } from './hooks/requireDocumentData'
import { submissionEndpoints } from './endpoints/submissionEndpoints'
import './generatedTypes'
import { readEnv } from './env'
import { deliverSiteWebhook } from './jobs/deliverSiteWebhook'
import { purgeExpiredSubmissions } from './jobs/purgeExpiredSubmissions'
import { releaseStuckDeliveriesAtStart } from './jobs/releaseStuckDeliveries'
import { sendSubmissionMail } from './jobs/sendSubmissionMail'
import { sendRegistrantMail } from './registrations/sendRegistrantMail'
import { sendReviewMail } from './review/sendReviewMail'
import { sendWriterMail } from './writerMail/sendWriterMail'
import { startSiteDeliveryRunner } from './siteWebhook/siteDeliveryRunner'
import { previewSettingsOf } from './preview/previewSettings'
import { withArticlePreview } from './preview/withArticlePreview'
import { withReviewChecks } from './reviewChecks/withReviewChecks'
import { createRateLimit } from './submissions/rateLimit'
import { withUploadDirs } from './uploads'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()
const previewSettings = previewSettingsOf(env)
const isEditorAccess = ({ req }: { req: { user?: unknown } }) =>
  isEditorUser(req.user as Parameters<typeof isEditorUser>[0])

const loginRateLimit = createRateLimit({
  points: env.login.rateLimit,
  windowSeconds: env.login.rateWindowSeconds,
})

/** Hooks every collection gets: a create or update without readable data is a 4xx, not a 500. */
const withDocumentDataCheck = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [requireDocumentData, ...(collection.hooks?.beforeOperation ?? [])],
    },
  }))

/** Payload's "account locked" says the account exists: it reads like a wrong password instead. */
const sameAnswerWhenLocked = (language: typeof sv) => ({
  error: { userLocked: language.translations.error.emailOrPasswordIncorrect },
})

export default guardSystemCollections(
  buildConfig({
    serverURL: env.serverUrl,
    secret: env.payloadSecret,
    telemetry: false,
    admin: {
      user: USERS_SLUG,
      avatar: 'default',
      dateFormat: 'd MMMM yyyy HH:mm',
      meta: { titleSuffix: ' – Redaktion' },
      importMap: { baseDir: dirname },
      components: {
        beforeDashboard: ['/components/InboxCounts#InboxCounts', '/components/SitePanel#SitePanel'],
        afterNavLinks: ['/components/PageFeedbackNavLink#PageFeedbackNavLink'],
        views: {
          pageFeedback: {
            Component: '/components/PageFeedbackView#PageFeedbackView',
            path: '/sidfeedback',
            meta: { title: 'Sidfeedback' },
          },
        },
      },
    },
    i18n: {
      supportedLanguages: { sv, en },
      fallbackLanguage: 'sv',
      translations: { sv: sameAnswerWhenLocked(sv), en: sameAnswerWhenLocked(en) },
    },
    collections: withDocumentDataCheck(
      withUploadDirs(env.uploadsDir, [
        withReviewChecks(withArticlePreview(Articles, previewSettings), previewSettings),
        ArticleComments,
        Events,
        Categories,
        Topics,
        Authors,
        Media,
        Documents,
        Videos,
        Corrections,
        Tips,
        TipAttachments,
        TipMessages,
        DebateSubmissions,
        DebateDocuments,
        Registrations,
        Comments,
        PageFeedback,
        Redirects,
        previewLinksCollection(previewSettings),
        usersCollection({ loginRateLimit, isCookieSecure: env.isCookieSecure }),
      ]),
    ),
    globals: [TypeStatements],
    endpoints: [...submissionEndpoints(env), ...siteEndpoints(env), liveEndpoint(env)],
    hooks: { afterError: [notFoundForInvalidId] },
    editor: lexicalEditor({
      // Bodies may show images and link PDF documents; the other uploads (readers' attachments,
      // debate documents, videos) are no body content.
      features: ({ defaultFeatures }) => [
        ...defaultFeatures.filter((feature) => feature.key !== 'upload'),
        UploadFeature({ enabledCollections: ['media', 'documents'] }),
        BlocksFeature({ blocks: [Embed] }),
      ],
    }),
    db: createDatabaseAdapter(env),
    email: nodemailerAdapter(env.mail),
    sharp,
    upload: {
      limits: { fileSize: 25 * 1024 * 1024 },
      responseOnLimit: 'Fil: filen är för stor, högst 25 MB.',
    },
    onInit: async (payload) => {
      if (env.isRunningJobs) await releaseStuckDeliveriesAtStart(payload)
    },
    jobs: {
      // Jobs run inside the CMS on its crons; nobody starts or queues them over HTTP (the run
      // endpoint is a GET, so any page could make a signed-in browser call it).
      access: { run: () => false, queue: isEditorAccess, cancel: isEditorAccess },
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
      // Lets a task keep one pending job per key (the event-ended job: one per event).
      enableConcurrencyControl: true,
      tasks: [
        sendSubmissionMail({ newsdeskAddress: env.mail.newsdeskAddress }),
        sendReviewMail({ newsdeskAddress: env.mail.newsdeskAddress }),
        sendRegistrantMail({ newsdeskAddress: env.mail.newsdeskAddress }),
        sendWriterMail({ newsdeskAddress: env.mail.newsdeskAddress }),
        purgeExpiredSubmissions({
          retentionDays: env.submissions.retentionDays,
          registrationRetentionDays: env.submissions.registrationRetentionDays,
        }),
        deliverSiteWebhook(env.siteWebhook),
        announceEventEnded,
      ],
    },
    // Read by the content hooks: without SITE_WEBHOOK_URL no delivery is queued at all.
    custom: { siteWebhookUrl: env.siteWebhook.url, siteUrl: env.siteOrigin },
    typescript: {
      outputFile: path.resolve(dirname, '../../content-schemas/src/payload-types.ts'),
      declare: false,
    },
  }),
)
