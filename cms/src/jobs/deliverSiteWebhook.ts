import { SITE_WEBHOOK_EVENTS, type SiteWebhookBody } from '@redaktion/content-schemas/siteWebhook'
import type { TaskConfig } from 'payload'

import type { SiteWebhookSettings } from '../env'
import { postSiteWebhook } from '../siteWebhook/postSiteWebhook'

export interface DeliverSiteWebhookIO {
  input: SiteWebhookBody
  output: { status?: number | null }
}

/** Answers that a retry cannot fix: the receiver refuses this delivery as it is. */
const isPermanentRefusal = (status: number) =>
  status >= 400 && status < 500 && status !== 408 && status !== 429

/**
 * Tells the site that public content changed. Queued by the content hooks with the change's own
 * request, so the job row is written with the change and runs only after it is committed. A
 * network error or an answer other than 2xx throws, and the job is retried with backoff (5, 10,
 * 20 … 640 seconds, eight attempts, about 21 minutes); a 4xx other than 408/429 is logged and
 * not retried.
 */
export function deliverSiteWebhook({
  url,
  secret,
}: SiteWebhookSettings): TaskConfig<DeliverSiteWebhookIO> {
  return {
    slug: 'deliverSiteWebhook',
    label: 'Meddela webbplatsen om en ändring',
    inputSchema: [
      { name: 'deliveryId', type: 'text', required: true },
      { name: 'event', type: 'select', options: [...SITE_WEBHOOK_EVENTS], required: true },
      { name: 'collection', type: 'text', required: true },
      {
        name: 'ids',
        type: 'json',
        required: true,
        typescriptSchema: [() => ({ type: 'array', items: { type: 'string' } })],
      },
      {
        name: 'slugs',
        type: 'json',
        required: true,
        typescriptSchema: [() => ({ type: 'array', items: { type: 'string' } })],
      },
      { name: 'time', type: 'text', required: true },
    ],
    outputSchema: [{ name: 'status', type: 'number' }],
    retries: { attempts: 8, backoff: { type: 'exponential', delay: 5_000 } },
    handler: async ({ input, req }) => {
      const { logger } = req.payload
      const what = `Site webhook ${input.deliveryId} (${input.event} ${input.collection})`
      if (!url) {
        logger.warn(`${what} dropped: SITE_WEBHOOK_URL is no longer set`)
        return { output: { status: null } }
      }
      let response: Response
      try {
        response = await postSiteWebhook({ url, secret, body: input })
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        logger.warn(`${what}: ${url} could not be reached (${reason}); it will be retried`)
        throw new Error(`${what}: ${url} could not be reached; it will be retried`, {
          cause: error,
        })
      }
      await response.body?.cancel()
      if (response.ok) {
        logger.info(`${what} delivered (${response.status})`)
        return { output: { status: response.status } }
      }
      if (isPermanentRefusal(response.status)) {
        logger.error(`${what} refused by ${url} with ${response.status}; not retried`)
        return { output: { status: response.status } }
      }
      logger.warn(`${what}: ${url} answered ${response.status}; it will be retried`)
      throw new Error(`${what}: ${url} answered ${response.status}; it will be retried`)
    },
  }
}
