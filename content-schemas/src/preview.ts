// The contract between the CMS and the publisher for the journalist's loop: a preview of an
// article rendered by the warm build server from the CMS's current draft, and whether the
// changes a delivery announced are live yet. Both are asked for by the CMS only (the browser
// never talks to the publisher), signed like deliveries (see ./siteWebhook).
//
//   CMS → publisher  POST /preview   previewRequestSchema  → previewAnswerSchema (200) or
//                                                             previewRefusalSchema (4xx/5xx)
//   CMS → publisher  POST /live      liveQuerySchema       → liveAnswerSchema
import { z } from 'zod'

/** The longest draft body a preview accepts (a Lexical tree as JSON, far above any article). */
export const PREVIEW_MAX_BODY_BYTES = 4 * 1024 * 1024

/** How many documents one live query may ask about (a page of the admin's list view). */
export const LIVE_QUERY_MAX_IDS = 100

/**
 * One preview: the article as the CMS holds its newest draft (autosave included), at depth 0
 * exactly as the REST API gives it, so the build server renders it as a publish would after
 * fetching it. A draft may lack fields a publish requires (a slug, a title); the renderer
 * fills in what the template cannot do without and says so in `notes`.
 */
export const previewRequestSchema = z.object({
  /** The article document, depth 0 (relations are ids), `_status` as it is in the draft. */
  article: z.object({ id: z.string().min(1).max(200) }).catchall(z.unknown()),
  /** When the draft was last saved (ISO 8601): shown in the preview strip. */
  savedAt: z.iso.datetime({ offset: true }),
})
export type PreviewRequest = z.infer<typeof previewRequestSchema>

/** The rendered article page: the same HTML a publish would write for it, before the CMS adds
 * the preview strip. Asset and image URLs are the site's own (root-relative). */
export const previewAnswerSchema = z.object({
  html: z.string(),
  /** The public path the page will have once published, e.g. `/artikel/<slug>/`. */
  path: z.string(),
  /** Time spent rendering in the build server, in milliseconds. */
  renderMs: z.number().nonnegative(),
  /** What the renderer had to fill in for a draft (Swedish, shown to the journalist). */
  notes: z.array(z.string()),
})
export type PreviewAnswer = z.infer<typeof previewAnswerSchema>

/** Why no preview could be rendered, in Swedish for the journalist. */
export const previewRefusalSchema = z.object({ message: z.string() })

/** Which documents of one collection the CMS asks about. */
export const liveQuerySchema = z.object({
  collection: z.string().min(1).max(100),
  ids: z.array(z.string().min(1).max(200)).min(1).max(LIVE_QUERY_MAX_IDS),
})
export type LiveQuery = z.infer<typeof liveQuerySchema>

/**
 * Where the newest delivery that named a document stands. `unknown`: this publisher has no
 * record of one (it never got one, or forgot it); `pending`: received, waiting for a build;
 * `building`: in the build running now; `live`: in a release that is live; `failed`: its build
 * failed and it is not live (it is retried; `error` says why, in Swedish).
 */
export const LIVE_STATES = ['unknown', 'pending', 'building', 'live', 'failed'] as const
export type LiveState = (typeof LIVE_STATES)[number]

export const documentLiveSchema = z.object({
  id: z.string(),
  state: z.enum(LIVE_STATES),
  /** The delivery's `time`: when the change happened in the CMS (ISO 8601). */
  changedAt: z.string().nullable(),
  /** When the release holding the change went live (ISO 8601). */
  liveAt: z.string().nullable(),
  releaseId: z.string().nullable(),
  error: z.string().nullable(),
})
export type DocumentLive = z.infer<typeof documentLiveSchema>

export const liveAnswerSchema = z.object({ documents: z.array(documentLiveSchema) })
export type LiveAnswer = z.infer<typeof liveAnswerSchema>
