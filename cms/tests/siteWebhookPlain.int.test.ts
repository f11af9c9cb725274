import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import type { BaseDocs } from './helpers/samples'
import { queuedDeliveries, runDeliveries } from './helpers/siteDeliveries'
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhookReceiver'

let payload: Payload
let base: BaseDocs
let receiver: WebhookReceiver
let stop: () => Promise<void>

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  // A static host's build hook: a URL and no secret.
  vi.stubEnv('SITE_WEBHOOK_URL', `${receiver.url}/build-hook`)
  vi.stubEnv('SITE_WEBHOOK_SECRET', undefined)
  vi.stubEnv('PUBLISHER_URL', undefined)
  const { startNewsroom } = await import('./helpers/newsroom')
  const { stopTestPayload } = await import('./helpers/testPayload')
  ;({ payload, base } = await startNewsroom())
  stop = () => stopTestPayload(payload)
})
afterAll(async () => {
  vi.unstubAllEnvs()
  await stop?.()
  await receiver?.close()
})

it('sends a plain unsigned POST when no secret is set', async () => {
  await runDeliveries(payload)
  receiver.received.length = 0
  await payload.update({
    collection: 'articles',
    id: base.articleId,
    data: { lead: 'Uppdaterad', _status: 'published' } as never,
  })
  expect(await queuedDeliveries(payload)).toHaveLength(1)
  await runDeliveries(payload)

  expect(receiver.received).toHaveLength(1)
  const [delivery] = receiver.received
  expect(delivery!.headers['content-type']).toBe('application/json')
  expect(delivery!.headers['x-redaktion-delivery']).toBe(delivery!.body.deliveryId)
  expect(delivery!.headers).not.toHaveProperty('x-redaktion-signature')
  expect(delivery!.body).toMatchObject({ event: 'update', ids: [String(base.articleId)] })
})

it('says in the admin’s status that no publisher is configured', async () => {
  const { callApi } = await import('./helpers/submissionClient')
  const { STAFF_PASSWORD } = await import('./helpers/staff')
  const { token } = await payload.login({
    collection: 'users',
    data: { email: 'editor@test.example', password: STAFF_PASSWORD },
  })
  const answer = await callApi('/site/status', { headers: { Authorization: `JWT ${token}` } })
  expect(answer.status).toBe(200)
  expect(answer.body).toMatchObject({ isConfigured: false })
  expect(answer.body.message).toMatch(/PUBLISHER_URL saknas/)
  const rebuild = await callApi('/site/rebuild', {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
  })
  expect(rebuild.status).toBe(503)
})
