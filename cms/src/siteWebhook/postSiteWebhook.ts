import { type SiteWebhookBody, siteWebhookHeaders } from './signSiteWebhook'

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
  const { deliveryId, event, collection, ids, slugs, time } = body
  const rawBody = JSON.stringify({ deliveryId, event, collection, ids, slugs, time })
  return fetch(url, {
    method: 'POST',
    headers: siteWebhookHeaders({ deliveryId, rawBody, secret }),
    body: rawBody,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
}
