import type { Payload } from 'payload'

import type { SiteWebhookBody } from '@redaktion/content-schemas/siteWebhook'
import { SITE_DELIVERY_QUEUE } from '../../src/siteWebhook/siteDeliveryRunner'

const isDelivery = { taskSlug: { equals: 'deliverSiteWebhook' } } as const

/** The site webhook deliveries queued and not yet done, oldest first. */
export async function queuedDeliveries(payload: Payload) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: isDelivery,
    sort: 'createdAt',
    pagination: false,
    depth: 0,
  })
  return docs.map((job) => ({ ...job, input: job.input as unknown as SiteWebhookBody }))
}

/** Runs every due delivery job now, as the jobs runner would. */
export async function runDeliveries(payload: Payload): Promise<void> {
  await payload.jobs.run({ queue: SITE_DELIVERY_QUEUE, limit: 100, silent: true })
}
