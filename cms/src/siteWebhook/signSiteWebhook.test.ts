import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { isValidSiteWebhookSignature, signSiteWebhook, siteWebhookHeaders } from './signSiteWebhook'

const secret = 'a-shared-secret-for-tests'
const rawBody = JSON.stringify({ deliveryId: 'd1', event: 'publish', slugs: ['åäö-nyhet'] })
const now = new Date('2026-11-23T12:00:00Z')
const timestamp = Math.floor(now.getTime() / 1000)

describe('signSiteWebhook', () => {
  it('is the hex HMAC-SHA256 of timestamp, dot and raw body, prefixed sha256=', () => {
    const hex = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')
    expect(signSiteWebhook({ secret, timestamp, rawBody })).toBe(`sha256=${hex}`)
  })

  it('matches a signature computed by hand for a fixed input', () => {
    expect(signSiteWebhook({ secret: 'hemlig', timestamp: 1, rawBody: '{}' })).toBe(
      `sha256=${createHmac('sha256', 'hemlig').update('1.{}').digest('hex')}`,
    )
  })
})

describe('siteWebhookHeaders', () => {
  it('names the delivery, the time in unix seconds and the signature', () => {
    expect(siteWebhookHeaders({ deliveryId: 'd1', rawBody, secret, now })).toEqual({
      'Content-Type': 'application/json',
      'X-Redaktion-Delivery': 'd1',
      'X-Redaktion-Timestamp': String(timestamp),
      'X-Redaktion-Signature': signSiteWebhook({ secret, timestamp, rawBody }),
    })
  })

  it('leaves the signature out without a secret', () => {
    const headers = siteWebhookHeaders({ deliveryId: 'd1', rawBody, now })
    expect(headers).not.toHaveProperty('X-Redaktion-Signature')
    expect(headers['Content-Type']).toBe('application/json')
  })
})

describe('isValidSiteWebhookSignature', () => {
  const signed = {
    secret,
    rawBody,
    now,
    timestamp: String(timestamp),
    signature: signSiteWebhook({ secret, timestamp, rawBody }),
  }

  it('accepts its own signature', () => {
    expect(isValidSiteWebhookSignature(signed)).toBe(true)
  })

  it('rejects a changed body, another secret or a missing signature', () => {
    expect(isValidSiteWebhookSignature({ ...signed, rawBody: `${rawBody} ` })).toBe(false)
    expect(isValidSiteWebhookSignature({ ...signed, secret: 'another-secret' })).toBe(false)
    expect(isValidSiteWebhookSignature({ ...signed, signature: null })).toBe(false)
  })

  it('rejects a delivery signed more than five minutes ago', () => {
    const later = new Date(now.getTime() + 301_000)
    expect(isValidSiteWebhookSignature({ ...signed, now: later })).toBe(false)
  })
})
