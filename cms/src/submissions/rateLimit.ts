import { createHmac, randomBytes } from 'node:crypto'

import ipaddr from 'ipaddr.js'
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

  const keyOf = (address: string) =>
    createHmac('sha256', processKey).update(addressBucket(address)).digest('base64url')

  async function consume(address: string): Promise<RateVerdict> {
    const key = keyOf(address)
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

  /** Forgets the address's attempts (a successful log-in ends a run of failures). */
  async function reset(address: string): Promise<void> {
    await limiter.delete(keyOf(address))
  }

  return { consume, reset }
}

/**
 * What one client is counted as: an IPv4 address, or the /64 network of an IPv6 address (one
 * household or server gets a whole /64 and can pick any address in it). IPv4-mapped IPv6 counts
 * as its IPv4 address; anything unparsable counts as itself.
 */
export function addressBucket(address: string): string {
  if (!ipaddr.isValid(address)) return address
  const parsed = ipaddr.process(address)
  if (parsed.kind() === 'ipv4') return parsed.toString()
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4)
  return `${parts.map((part) => part.toString(16)).join(':')}::/64`
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
