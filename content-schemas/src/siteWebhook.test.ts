import { createHmac } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import {
  publisherStatusSchema,
  signSiteRequest,
  siteChangeListSchema,
  siteRequestHeaders,
  siteWebhookBodySchema,
  verifySiteRequest,
} from './siteWebhook'

const secret = 'a-shared-secret-for-tests'
const rawBody = JSON.stringify({ deliveryId: 'd1', event: 'publish', slugs: ['åäö-nyhet'] })
const now = new Date('2026-11-23T12:00:00Z')
const timestamp = Math.floor(now.getTime() / 1000)
const webhook = { method: 'POST', target: '/webhook', timestamp, rawBody }

describe('signSiteRequest', () => {
  it('is the hex HMAC-SHA256 of method, target, timestamp and raw body, prefixed sha256=', () => {
    const hex = createHmac('sha256', secret)
      .update(`POST\n/webhook\n${timestamp}\n${rawBody}`)
      .digest('hex')
    expect(signSiteRequest({ secret, ...webhook })).toBe(`sha256=${hex}`)
  })

  it('differs for another route, another method or another timestamp', () => {
    const signature = signSiteRequest({ secret, ...webhook })
    expect(signSiteRequest({ secret, ...webhook, target: '/rebuild' })).not.toBe(signature)
    expect(signSiteRequest({ secret, ...webhook, method: 'GET' })).not.toBe(signature)
    expect(signSiteRequest({ secret, ...webhook, timestamp: timestamp + 1 })).not.toBe(signature)
  })
})

describe('siteRequestHeaders', () => {
  it('names the delivery, the time in unix seconds and the signature of method and path', () => {
    const url = 'http://127.0.0.1:4400/webhook'
    expect(
      siteRequestHeaders({ method: 'POST', url, rawBody, secret, deliveryId: 'd1', now }),
    ).toEqual({
      'Content-Type': 'application/json',
      'X-Redaktion-Delivery': 'd1',
      'X-Redaktion-Timestamp': String(timestamp),
      'X-Redaktion-Signature': signSiteRequest({ secret, ...webhook }),
    })
  })

  it('signs the path and query the receiver sees, not the host', () => {
    const headers = siteRequestHeaders({
      method: 'GET',
      url: 'https://publisher.example/status?x=1',
      rawBody: '',
      secret,
      now,
    })
    expect(headers['X-Redaktion-Signature']).toBe(
      signSiteRequest({ secret, method: 'GET', target: '/status?x=1', timestamp, rawBody: '' }),
    )
    expect(headers).not.toHaveProperty('Content-Type')
  })

  it('leaves the signature out without a secret', () => {
    const headers = siteRequestHeaders({ method: 'POST', url: 'http://h/hook', rawBody, now })
    expect(headers).not.toHaveProperty('X-Redaktion-Signature')
    expect(headers['Content-Type']).toBe('application/json')
  })
})

describe('verifySiteRequest', () => {
  const signed = {
    secret,
    ...webhook,
    now,
    timestamp: String(timestamp),
    signature: signSiteRequest({ secret, ...webhook }),
  }

  it('accepts its own signature', () => {
    expect(verifySiteRequest(signed)).toBe('valid')
  })

  it('refuses a signed /webhook body on /rebuild, or with another method', () => {
    expect(verifySiteRequest({ ...signed, target: '/rebuild' })).toBe('mismatch')
    expect(verifySiteRequest({ ...signed, method: 'GET' })).toBe('mismatch')
  })

  it('refuses a changed body, another secret or a missing signature', () => {
    expect(verifySiteRequest({ ...signed, rawBody: `${rawBody} ` })).toBe('mismatch')
    expect(verifySiteRequest({ ...signed, secret: 'another-secret' })).toBe('mismatch')
    expect(verifySiteRequest({ ...signed, signature: null })).toBe('missing')
    expect(verifySiteRequest({ ...signed, timestamp: '12e3' })).toBe('mismatch')
  })

  it('refuses a request signed more than five minutes ago', () => {
    const later = new Date(now.getTime() + 301_000)
    expect(verifySiteRequest({ ...signed, now: later })).toBe('stale')
  })
})

describe('the delivery body and the status', () => {
  const body = {
    deliveryId: '0b7a3c1e-8f1d-4d5e-9a7b-2c3d4e5f6a7b',
    event: 'publish',
    collection: 'articles',
    ids: ['665f1c2b9a7e4d0012ab34cd'],
    slugs: ['en-nyhet'],
    time: '2026-11-23T12:00:00.000Z',
  }

  it('takes a delivery as the CMS sends it and names a wrong field', () => {
    expect(siteWebhookBodySchema.parse(body)).toEqual(body)
    const wrong = siteWebhookBodySchema.safeParse({ ...body, event: 'explode', ids: [1] })
    expect(wrong.success).toBe(false)
    expect(wrong.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'event',
      'ids.0',
    ])
  })

  it('reads only what a build needs from the change list', () => {
    expect(siteChangeListSchema.parse([{ ...body, event: 'initial' }])).toEqual([
      { collection: 'articles', ids: ['665f1c2b9a7e4d0012ab34cd'] },
    ])
  })

  it('describes the publisher’s status', () => {
    const status = {
      state: 'idle',
      pending: { changes: 0, deliveries: [] },
      building: null,
      retry: null,
      lastRelease: { id: 'r1', finishedAt: '2026-11-23T12:00:00Z', durationMs: 900, changes: 1 },
      lastError: null,
      builds: 1,
    }
    expect(publisherStatusSchema.parse(status)).toEqual(status)
    expect(publisherStatusSchema.safeParse({ ...status, state: 'asleep' }).success).toBe(false)
  })
})
