import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The contract between the CMS and whatever rebuilds the site (the publisher, or a static
 * host's build hook). Kept free of Payload so the publisher and its tests can import it.
 */
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

export interface SiteWebhookBody {
  deliveryId: string
  event: SiteWebhookEvent
  /** The collection whose document changed; `site` for a rebuild asked for by an editor. */
  collection: string
  /** Document ids as strings (numbers on SQLite, ObjectIds on MongoDB). */
  ids: string[]
  /** Slugs whose pages change, including the old slug when a published slug changed. */
  slugs: string[]
  /** When the change happened (ISO 8601). */
  time: string
}

export const SITE_WEBHOOK_HEADERS = {
  delivery: 'X-Redaktion-Delivery',
  timestamp: 'X-Redaktion-Timestamp',
  signature: 'X-Redaktion-Signature',
} as const

/** `sha256=<hex>`: HMAC-SHA256 with the shared secret over `${timestamp}.${rawBody}`. */
export function signSiteWebhook({
  secret,
  timestamp,
  rawBody,
}: {
  secret: string
  timestamp: number
  rawBody: string
}): string {
  const hex = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')
  return `sha256=${hex}`
}

/**
 * The headers of one delivery. Without a secret the request goes out unsigned, as generic build
 * hooks of static hosts expect; the delivery id still lets a receiver drop repeats.
 */
export function siteWebhookHeaders({
  deliveryId,
  rawBody,
  secret,
  now = new Date(),
}: {
  deliveryId: string
  rawBody: string
  secret?: string
  now?: Date
}): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000)
  return {
    'Content-Type': 'application/json',
    [SITE_WEBHOOK_HEADERS.delivery]: deliveryId,
    [SITE_WEBHOOK_HEADERS.timestamp]: String(timestamp),
    ...(secret
      ? { [SITE_WEBHOOK_HEADERS.signature]: signSiteWebhook({ secret, timestamp, rawBody }) }
      : {}),
  }
}

/**
 * True when `signature` is this body's signature for `timestamp` and the timestamp is at most
 * `toleranceSeconds` away from `now` (a replayed old delivery fails). Compares in constant time.
 */
export function isValidSiteWebhookSignature({
  secret,
  timestamp,
  signature,
  rawBody,
  now = new Date(),
  toleranceSeconds = 300,
}: {
  secret: string
  timestamp: string | null | undefined
  signature: string | null | undefined
  rawBody: string
  now?: Date
  toleranceSeconds?: number
}): boolean {
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false
  const seconds = Number(timestamp)
  if (Math.abs(now.getTime() / 1000 - seconds) > toleranceSeconds) return false
  const expected = Buffer.from(signSiteWebhook({ secret, timestamp: seconds, rawBody }))
  const given = Buffer.from(signature)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
