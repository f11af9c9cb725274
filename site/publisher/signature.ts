import { timingSafeEqual } from 'node:crypto'

import { SITE_WEBHOOK_HEADERS, signSiteWebhook } from '@redaktion/cms/siteWebhook'

// The CMS defines the scheme; the publisher checks it with the same code. Node lower-cases
// incoming header names.
export const SIGNATURE_HEADER = SITE_WEBHOOK_HEADERS.signature.toLowerCase()
export const TIMESTAMP_HEADER = SITE_WEBHOOK_HEADERS.timestamp.toLowerCase()
export const DELIVERY_HEADER = SITE_WEBHOOK_HEADERS.delivery.toLowerCase()

/** `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`, the value of X-Redaktion-Signature. */
export function signBody({
  secret,
  timestamp,
  body,
}: {
  secret: string
  timestamp: number | string
  body: string
}): string {
  return signSiteWebhook({ secret, timestamp: Number(timestamp), rawBody: body })
}

export type SignatureCheck = 'valid' | 'missing' | 'mismatch' | 'stale'

/**
 * Checks a request's signature and its age. The timestamp is signed with the body, so a
 * captured request cannot be replayed with a fresh timestamp.
 */
export function verifySignature({
  secret,
  signature,
  timestamp,
  body,
  nowSeconds,
  maxSkewSeconds,
}: {
  secret: string
  signature: string | undefined
  timestamp: string | undefined
  body: string
  nowSeconds: number
  maxSkewSeconds: number
}): SignatureCheck {
  if (!signature || !timestamp) return 'missing'
  if (!/^\d{1,12}$/.test(timestamp)) return 'mismatch'
  const expected = Buffer.from(signBody({ secret, timestamp, body }))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'mismatch'
  if (Math.abs(nowSeconds - Number(timestamp)) > maxSkewSeconds) return 'stale'
  return 'valid'
}
