import {
  type SiteWebhookBody,
  siteRequestHeaders,
  siteWebhookBodySchema,
} from '@redaktion/content-schemas/siteWebhook'

const TIMEOUT_MS = 10_000

/**
 * POSTs one delivery, signed when there is a secret. The timestamp is taken now, at send time,
 * so a retried delivery is not refused as stale. Throws on a network error or timeout.
 */
export async function postSiteWebhook({
  url,
  secret,
  body,
}: {
  url: string
  secret?: string
  body: SiteWebhookBody
}): Promise<Response> {
  // Parsed, so that only the contract's fields are sent (a job's input may carry more).
  const delivery = siteWebhookBodySchema.parse(body)
  const rawBody = JSON.stringify(delivery)
  return fetch(url, {
    method: 'POST',
    headers: siteRequestHeaders({
      method: 'POST',
      url,
      rawBody,
      secret,
      deliveryId: delivery.deliveryId,
    }),
    body: rawBody,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
}
