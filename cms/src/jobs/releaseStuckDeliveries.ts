import type { Payload } from 'payload'

/** Longer than any send can take (postSiteWebhook gives up after 10 s). */
const STUCK_AFTER_MS = 30_000

/**
 * A CMS stopped while sending a site webhook leaves that job marked as processing, and Payload
 * never picks such a job up again. Deliveries "processing" for longer than any send can take
 * are handed back to the jobs runner; the receiver drops a repeat by its delivery id.
 */
export async function releaseStuckDeliveries(
  payload: Payload,
  { stuckAfterMs = STUCK_AFTER_MS }: { stuckAfterMs?: number } = {},
): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'deliverSiteWebhook' } },
        { processing: { equals: true } },
        { updatedAt: { less_than: new Date(Date.now() - stuckAfterMs).toISOString() } },
      ],
    },
    data: { processing: false },
    depth: 0,
  })
  if (docs.length) {
    payload.logger.warn(
      `${docs.length} site webhook deliveries interrupted by a restart will be sent again`,
    )
  }
  return docs.length
}

/**
 * At start, and once more when a delivery interrupted just before this start has become old
 * enough to be told apart from one another CMS instance is sending right now.
 */
export async function releaseStuckDeliveriesAtStart(payload: Payload): Promise<void> {
  const release = () =>
    releaseStuckDeliveries(payload).catch((error: unknown) =>
      payload.logger.warn({ err: error }, 'Could not look for interrupted site webhook deliveries'),
    )
  await release()
  setTimeout(() => void release(), STUCK_AFTER_MS).unref()
}
