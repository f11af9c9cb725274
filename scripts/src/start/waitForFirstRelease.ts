import type { PublisherStatus } from '@redaktion/site/publisher/createPublisher'

const POLL_MS = 500

/**
 * Waits until the publisher has a live release. Rejects with the build's error when the first
 * build fails and nothing is live, since then there is no site to serve (rather than waiting
 * for the publisher's retries). An error from before this start, which the publisher keeps
 * until a build succeeds, is no reason to give up.
 */
export async function waitForFirstRelease(publisherUrl: string, timeoutMs = 15 * 60_000) {
  const startedAt = Date.now()
  const deadline = startedAt + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${publisherUrl}/status`, { signal: AbortSignal.timeout(5000) })
      const status = (await response.json()) as PublisherStatus
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
