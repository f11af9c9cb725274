// The contract between the CMS and whatever rebuilds the site (the publisher, or a static
// host's build hook): the events, the delivery body, how a request is signed and checked, and
// what the publisher's GET /status answers. The CMS sends and reads with it, the publisher
// receives and answers with it, the site build reads its change list with it.
import { createHmac, timingSafeEqual } from 'node:crypto'

import { z } from 'zod'

export const SITE_WEBHOOK_EVENTS = [
  'publish',
  'unpublish',
  'update',
  'delete',
  'correction',
  'dependency',
  'rebuild',
] as const
export type SiteWebhookEvent = (typeof SITE_WEBHOOK_EVENTS)[number]

/** One delivery, as the CMS sends it and signs it: the delivery id is part of what is signed. */
export const siteWebhookBodySchema = z.object({
  deliveryId: z.uuid(),
  event: z.enum(SITE_WEBHOOK_EVENTS),
  /** The collection whose document changed; `site` for a rebuild asked for by an editor. */
  collection: z.string().min(1).max(100),
  /** Document ids, opaque strings (UUIDs on SQLite, ObjectIds on MongoDB). */
  ids: z.array(z.string().max(200)).max(1000),
  /** Slugs whose pages change, including the old slug when a published slug changed. */
  slugs: z.array(z.string().max(300)).max(1000),
  /** When the change happened (ISO 8601). */
  time: z.iso.datetime({ offset: true }),
})
export type SiteWebhookBody = z.infer<typeof siteWebhookBodySchema>

/**
 * What one build gets to know about each change it covers (PUBLISHER_CHANGES_FILE): the
 * deliveries' collections and ids, `*` for everything.
 */
export const siteChangeListSchema = z.array(
  siteWebhookBodySchema.pick({ collection: true, ids: true }),
)
export type SiteChange = z.infer<typeof siteChangeListSchema>[number]

export const SITE_WEBHOOK_HEADERS = {
  delivery: 'X-Redaktion-Delivery',
  timestamp: 'X-Redaktion-Timestamp',
  signature: 'X-Redaktion-Signature',
} as const

/** How far a signed request's timestamp may be from the receiver's clock, by default. */
export const SITE_WEBHOOK_MAX_SKEW_SECONDS = 300

interface SignedRequest {
  /** `GET`, `POST` */
  method: string
  /** The request target: the URL's path and query, e.g. `/webhook`. */
  target: string
  /** Unix seconds. */
  timestamp: number
  rawBody: string
}

/**
 * `sha256=<hex>`: HMAC-SHA256 with the shared secret over the method, the request target, the
 * timestamp and the raw body, one per line. A body signed for one route or method is therefore
 * refused on another, and the timestamp cannot be changed without the secret.
 */
export function signSiteRequest({
  secret,
  method,
  target,
  timestamp,
  rawBody,
}: SignedRequest & { secret: string }): string {
  const signed = `${method.toUpperCase()}\n${target}\n${timestamp}\n${rawBody}`
  return `sha256=${createHmac('sha256', secret).update(signed).digest('hex')}`
}

/** The request target (path and query) of a URL, as the receiver sees it in its request line. */
export const requestTarget = (url: string): string => {
  const { pathname, search } = new URL(url)
  return `${pathname}${search}`
}

/**
 * The headers of one request to the publisher (or a build hook). Without a secret it goes out
 * unsigned, as generic build hooks of static hosts expect; the delivery id, when there is one,
 * still lets a receiver drop repeats.
 */
export function siteRequestHeaders({
  method,
  url,
  rawBody,
  secret,
  deliveryId,
  now = new Date(),
}: {
  method: string
  url: string
  rawBody: string
  secret?: string
  deliveryId?: string
  now?: Date
}): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000)
  const target = requestTarget(url)
  return {
    ...(rawBody ? { 'Content-Type': 'application/json' } : {}),
    ...(deliveryId ? { [SITE_WEBHOOK_HEADERS.delivery]: deliveryId } : {}),
    [SITE_WEBHOOK_HEADERS.timestamp]: String(timestamp),
    ...(secret
      ? {
          [SITE_WEBHOOK_HEADERS.signature]: signSiteRequest({
            secret,
            method,
            target,
            timestamp,
            rawBody,
          }),
        }
      : {}),
  }
}

export type SiteRequestCheck = 'valid' | 'missing' | 'mismatch' | 'stale'

/**
 * Checks a request's signature, in constant time, and its age: `stale` when the timestamp is
 * more than `maxSkewSeconds` from `now` (a captured request cannot be replayed later, and its
 * timestamp cannot be refreshed without the secret).
 */
export function verifySiteRequest({
  secret,
  method,
  target,
  timestamp,
  signature,
  rawBody,
  now = new Date(),
  maxSkewSeconds = SITE_WEBHOOK_MAX_SKEW_SECONDS,
}: {
  secret: string
  method: string
  target: string
  timestamp: string | null | undefined
  signature: string | null | undefined
  rawBody: string
  now?: Date
  maxSkewSeconds?: number
}): SiteRequestCheck {
  if (!signature || !timestamp) return 'missing'
  if (!/^\d{1,12}$/.test(timestamp)) return 'mismatch'
  const seconds = Number(timestamp)
  const expected = Buffer.from(
    signSiteRequest({ secret, method, target, timestamp: seconds, rawBody }),
  )
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'mismatch'
  if (Math.abs(now.getTime() / 1000 - seconds) > maxSkewSeconds) return 'stale'
  return 'valid'
}

const releaseSchema = z.object({
  id: z.string(),
  finishedAt: z.string(),
  durationMs: z.number(),
  changes: z.number().int(),
})

const buildErrorSchema = z.object({ message: z.string(), at: z.string() })

/** What the publisher's GET /status answers. */
export const publisherStatusSchema = z.object({
  /** `retry`: the last build failed and is tried again at `retry.at`, with what is pending. */
  state: z.enum(['idle', 'building', 'retry']),
  pending: z.object({ changes: z.number().int(), deliveries: z.array(z.string()) }),
  building: z.object({ startedAt: z.string(), changes: z.number().int() }).nullable(),
  /** The waiting (or, while building, the running) retry: which of `attempts`, and when. */
  retry: z
    .object({ attempt: z.number().int(), attempts: z.number().int(), at: z.string() })
    .nullable(),
  lastRelease: releaseSchema.nullable(),
  /** The last failure, until a build succeeds. */
  lastError: buildErrorSchema.nullable(),
  /** Builds finished since this publisher started, failed ones included. */
  builds: z.number().int(),
})
export type PublisherStatus = z.infer<typeof publisherStatusSchema>
export type PublisherRelease = z.infer<typeof releaseSchema>
export type PublisherBuildError = z.infer<typeof buildErrorSchema>
