import { publisherStatusSchema, siteRequestHeaders } from '@redaktion/content-schemas/siteWebhook'

const POLL_MS = 500

/**
 * Waits until the publisher has a live release. Rejects with the build's error when the first
 * build fails and nothing is live, since then there is no site to serve (rather than waiting
 * for the publisher's retries). An error from before this start, which the publisher keeps
 * until a build succeeds, is no reason to give up.
 */
export async function waitForFirstRelease({
  publisherUrl,
  secret,
  timeoutMs = 15 * 60_000,
}: {
  publisherUrl: string
  /** The webhook secret: the publisher answers GET /status only when it is signed with it. */
  secret: string
  timeoutMs?: number
}) {
  const startedAt = Date.now()
  const deadline = startedAt + timeoutMs
  const url = `${publisherUrl}/status`
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, {
        headers: siteRequestHeaders({ method: 'GET', url, rawBody: '', secret }),
        signal: AbortSignal.timeout(5000),
      })
      const status = publisherStatusSchema.parse(await response.json())
      if (status.lastRelease) return status.lastRelease
      if (status.lastError && Date.parse(status.lastError.at) >= startedAt)
        throw new PublisherBuildError(status.lastError.message)
    } catch (error) {
      if (error instanceof PublisherBuildError) throw error
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  throw new Error(`The publisher made no release within ${timeoutMs / 60_000} minutes`)
}

class PublisherBuildError extends Error {}
