import type { Event } from '@redaktion/content-schemas/payload-types'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { eventData } from './helpers/samples'
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhookReceiver'

/**
 * The event-ended job on the real jobs cron (every second, as in production): an event whose
 * end is a few seconds ahead is announced to the site by itself once it has ended.
 */
let payload: Payload
let receiver: WebhookReceiver
let stop: () => Promise<void>

beforeAll(async () => {
  receiver = await startWebhookReceiver()
  vi.stubEnv('SITE_WEBHOOK_URL', `${receiver.url}/hook`)
  vi.stubEnv('RUN_JOBS', 'true')
  vi.stubEnv('JOBS_CRON', '* * * * * *')
  const { startNewsroom } = await import('./helpers/newsroom')
  const { stopTestPayload } = await import('./helpers/testPayload')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../src/payload.config')
  ;({ payload } = await startNewsroom())
  // Payload starts its crons only when asked to; the server does so through Next.
  await getPayload({ config, cron: true })
  stop = () => stopTestPayload(payload)
})
afterAll(async () => {
  vi.unstubAllEnvs()
  await stop?.()
  await receiver?.close()
})

const SECOND = 1000

const publishEndingIn = async (ms: number) => {
  const now = Date.now()
  return (await payload.create({
    collection: 'events',
    data: eventData('published', {
      startsAt: new Date(now - 60 * 60 * SECOND).toISOString(),
      endsAt: new Date(now + ms).toISOString(),
    }) as never,
    depth: 0,
  })) as Event
}

const updatesOf = (id: string) =>
  receiver.received.filter(
    ({ body }) => body.event === 'update' && body.collection === 'events' && body.ids[0] === id,
  )

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (check()) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return check()
}

describe('an event passes to Tidigare by itself', () => {
  it('announces the event to the site within seconds of its end, once, and only the current end', async () => {
    const ending = await publishEndingIn(3 * SECOND)
    const moved = await publishEndingIn(3 * SECOND)
    const unpublished = await publishEndingIn(3 * SECOND)
    const endsAt = Date.parse(ending.endsAt)
    // Edits before the end: one moves the end an hour on, one takes the event down.
    await payload.update({
      collection: 'events',
      id: moved.id,
      data: { endsAt: new Date(Date.now() + 60 * 60 * SECOND).toISOString() } as never,
    })
    await payload.update({
      collection: 'events',
      id: unpublished.id,
      data: { _status: 'draft' } as never,
    })
    const has = (event: string, id: string) =>
      receiver.received.some(({ body }) => body.event === event && body.ids[0] === id)
    await waitFor(
      () => has('update', String(moved.id)) && has('unpublish', String(unpublished.id)),
      5 * SECOND,
    )
    const before = receiver.received.length
    expect(updatesOf(String(ending.id))).toHaveLength(0)
    expect(Date.now()).toBeLessThan(endsAt)

    expect(await waitFor(() => updatesOf(String(ending.id)).length > 0, 15 * SECOND)).toBe(true)
    const [announced] = updatesOf(String(ending.id))
    expect(announced!.body.slugs).toEqual([ending.slug])
    expect(Date.parse(announced!.body.time)).toBeGreaterThanOrEqual(endsAt)
    expect(Date.parse(announced!.body.time)).toBeLessThan(endsAt + 5 * SECOND)

    // Two more ticks: nothing for the moved or the unpublished event, no second announcement.
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(updatesOf(String(ending.id))).toHaveLength(1)
    const later = receiver.received.slice(before).map(({ body }) => `${body.event} ${body.ids[0]}`)
    expect(later).toEqual([`update ${ending.id}`])
    // Done jobs are deleted; what waits is the moved event's job, for its new end.
    const { docs: pending } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'announceEventEnded' } },
      pagination: false,
      depth: 0,
    })
    expect(pending.map((job) => (job.input as { eventId: string }).eventId)).toEqual([
      String(moved.id),
    ])
  }, 40_000)
})
