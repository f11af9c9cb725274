import { randomUUID } from 'node:crypto'

import type { SiteWebhookEvent } from '@redaktion/content-schemas/siteWebhook'
import type { PayloadRequest } from 'payload'

import { nudgeSiteDeliveries, SITE_DELIVERY_QUEUE } from './siteDeliveryRunner'

/** Set on a request's context (e.g. by seeding) to change content without telling the site. */
export const SKIP_SITE_WEBHOOK = 'skipSiteWebhook'

/** Whether this CMS delivers site webhooks at all (SITE_WEBHOOK_URL is set). */
export const isSiteWebhookEnabled = (req: PayloadRequest): boolean =>
  Boolean((req.payload.config.custom as { siteWebhookUrl?: string } | undefined)?.siteWebhookUrl)

/** Whether a change made with this request should be announced to the site. */
export const shouldAnnounce = (req: PayloadRequest): boolean =>
  !req.context[SKIP_SITE_WEBHOOK] && isSiteWebhookEnabled(req)

/**
 * Queues one delivery job with the change's own request, so the job row is written together
 * with the change (and undone with it) and the job runs only after the change is committed, and
 * tells the site delivery runner, which sends it within tens of milliseconds of the commit.
 */
export async function queueSiteDelivery({
  req,
  event,
  collection,
  ids,
  slugs = [],
}: {
  req: PayloadRequest
  event: SiteWebhookEvent
  collection: string
  ids: (number | string)[]
  slugs?: (string | null | undefined)[]
}): Promise<void> {
  if (!shouldAnnounce(req)) return
  const input = {
    deliveryId: randomUUID(),
    event,
    collection,
    ids: ids.map(String),
    slugs: [...new Set(slugs.filter((slug): slug is string => Boolean(slug)))],
    time: new Date().toISOString(),
  }
  await req.payload.jobs.queue({
    task: 'deliverSiteWebhook',
    queue: SITE_DELIVERY_QUEUE,
    input,
    req,
  })
  nudgeSiteDeliveries(req.payload)
  req.payload.logger.debug(
    `Site webhook ${input.deliveryId} queued: ${event} ${collection} ${ids.join(',')}`,
  )
}
