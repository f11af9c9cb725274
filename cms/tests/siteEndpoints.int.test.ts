import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type PublisherStatus, verifySiteRequest } from '@redaktion/content-schemas/siteWebhook'
import { queuedDeliveries } from './helpers/siteDeliveries'
import {
  type Caller,
  type PublisherNewsroom,
  startPublisherNewsroom,
} from './helpers/publisherNewsroom'
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhookReceiver'

const SECRET = 'publisher-secret-for-tests'
const STATUS: PublisherStatus = {
  state: 'idle',
  pending: { changes: 0, deliveries: [] },
  building: null,
  retry: null,
  lastRelease: { id: 'r7', finishedAt: '2026-11-23T16:40:00.000Z', durationMs: 2100, changes: 1 },
  lastError: null,
  builds: 7,
}

let payload: Payload
let publisher: WebhookReceiver
let room: PublisherNewsroom

beforeAll(async () => {
  publisher = await startWebhookReceiver()
  publisher.setStatus(STATUS)
  // A publisher to show and to ask for rebuilds, but no webhook URL: no deliveries are queued.
  room = await startPublisherNewsroom(publisher.url, SECRET)
  ;({ payload } = room)
})
afterAll(async () => {
  await room?.stop()
  await publisher?.close()
})

const call = (path: string, init?: RequestInit) => room.call(path, init)
const as = (actor: Caller, method = 'GET') => room.as(actor, method)

describe('GET /api/site/status', () => {
  it('refuses anonymous visitors', async () => {
    const answer = await call('/site/status', as('anonymous'))
    expect(answer.status).toBe(401)
    expect(answer.body.message).toMatch(/inte inloggad/)
  })

  it('gives journalists and editors the publisher’s status', async () => {
    for (const actor of ['journalist', 'editor'] as const) {
      const answer = await call('/site/status', as(actor))
      expect(answer.status).toBe(200)
      expect(answer.body).toEqual({ isConfigured: true, isReachable: true, status: STATUS })
    }
    // The publisher answers its status only to requests signed with the shared secret.
    const asked = publisher.statusRequests.at(-1)!
    expect(
      verifySiteRequest({
        secret: SECRET,
        method: 'GET',
        target: '/status',
        timestamp: asked['x-redaktion-timestamp'] as string,
        signature: asked['x-redaktion-signature'] as string,
        rawBody: '',
      }),
    ).toBe('valid')
  })
})

describe('POST /api/site/rebuild', () => {
  it('refuses anonymous visitors and journalists, in Swedish', async () => {
    expect((await call('/site/rebuild', as('anonymous', 'POST'))).status).toBe(401)
    const journalist = await call('/site/rebuild', as('journalist', 'POST'))
    expect(journalist.status).toBe(403)
    expect(journalist.body.message).toBe('Bara redaktörer kan bygga om webbplatsen.')
    expect(publisher.received).toHaveLength(0)
  })

  it('sends an editor’s rebuild to the publisher, signed', async () => {
    const answer = await call('/site/rebuild', as('editor', 'POST'))
    expect(answer.status).toBe(202)
    expect(answer.body.message).toMatch(/Ombyggnaden är beställd/)

    expect(publisher.received).toHaveLength(1)
    const [request] = publisher.received
    expect(request!.path).toBe('/rebuild')
    expect(request!.body).toEqual({
      deliveryId: answer.body.deliveryId,
      event: 'rebuild',
      collection: 'site',
      ids: [],
      slugs: [],
      time: expect.any(String),
    })
    expect(
      verifySiteRequest({
        secret: SECRET,
        method: 'POST',
        target: '/rebuild',
        timestamp: request!.headers['x-redaktion-timestamp'] as string,
        signature: request!.headers['x-redaktion-signature'] as string,
        rawBody: request!.rawBody,
      }),
    ).toBe('valid')
  })

  it('passes on a refusal by the publisher', async () => {
    publisher.answerNext(401)
    const answer = await call('/site/rebuild', as('editor', 'POST'))
    expect(answer.status).toBe(502)
    expect(answer.body.message).toMatch(/SITE_WEBHOOK_SECRET/)
  })
})

describe('without SITE_WEBHOOK_URL', () => {
  it('queues no delivery when an article is published', async () => {
    await payload.update({
      collection: 'articles',
      where: {},
      data: { lead: 'Ändrad', _status: 'published' } as never,
    })
    expect(await queuedDeliveries(payload)).toHaveLength(0)
  })
})

describe('a publisher that does not answer', () => {
  it('is reported politely by both endpoints', async () => {
    await publisher.close()
    const status = await call('/site/status', as('editor'))
    expect(status.status).toBe(200)
    expect(status.body).toMatchObject({ isConfigured: true, isReachable: false })
    expect(status.body.message).toMatch(/svarar inte just nu/)
    const rebuild = await call('/site/rebuild', as('editor', 'POST'))
    expect(rebuild.status).toBe(502)
    expect(rebuild.body.message).toMatch(/svarar inte just nu/)
  })
})
