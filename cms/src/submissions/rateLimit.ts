import { createHmac, randomBytes } from 'node:crypto'

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

export interface RateLimitOptions {
  points: number
  windowSeconds: number
}

export type RateVerdict = { isAllowed: true } | { isAllowed: false; retryAfterSeconds: number }

/**
 * Counts attempts per client address in memory. The address is only ever held as a keyed hash
 * under a key that lives in this process, so nothing that could identify a source is kept,
 * written or logged, and the counts vanish with the process.
 */
export function createRateLimit({ points, windowSeconds }: RateLimitOptions) {
  const limiter = new RateLimiterMemory({ points, duration: windowSeconds })
  const processKey = randomBytes(32)

  async function consume(address: string): Promise<RateVerdict> {
    const key = createHmac('sha256', processKey).update(address).digest('base64url')
    try {
      await limiter.consume(key)
      return { isAllowed: true }
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return { isAllowed: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) }
      }
      throw rejection
    }
  }

  return { consume }
}

export type RateLimit = ReturnType<typeof createRateLimit>

/**
 * The client's address. Behind a trusted proxy it is the last hop that proxy appended to
 * X-Forwarded-For; otherwise the server itself fills the header from the socket (see the CMS
 * server), so a value sent by the client is never taken at its word.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for') ?? ''
  const hops = forwarded
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  return hops.at(-1) ?? 'unknown'
}
