import {
  type LiveAnswer,
  liveAnswerSchema,
  type LiveQuery,
} from '@redaktion/content-schemas/preview'
import { siteRequestHeaders } from '@redaktion/content-schemas/siteWebhook'

const LIVE_TIMEOUT_MS = 3_000

/**
 * Asks the publisher's `POST /live` where the newest deliveries naming these documents stand,
 * signed like a delivery. Throws on a network error, a timeout, a refusal or an unknown shape.
 */
export async function askPublisherLive({
  publisherUrl,
  secret,
  query,
}: {
  publisherUrl: string
  secret?: string
  query: LiveQuery
}): Promise<LiveAnswer> {
  const url = `${publisherUrl}/live`
  const rawBody = JSON.stringify(query)
  const response = await fetch(url, {
    method: 'POST',
    headers: siteRequestHeaders({ method: 'POST', url, rawBody, secret }),
    body: rawBody,
    signal: AbortSignal.timeout(LIVE_TIMEOUT_MS),
  })
  if (!response.ok) {
    await response.body?.cancel()
    throw new Error(`answered ${response.status}`)
  }
  const parsed = liveAnswerSchema.safeParse(await response.json())
  if (!parsed.success) throw new Error(`answered an unknown shape: ${parsed.error.message}`)
  return parsed.data
}
