import type { Event } from '@redaktion/content-schemas/payload-types'
import type { PayloadRequest, TaskConfig } from 'payload'

import { queueSiteDelivery } from '../siteWebhook/queueSiteDelivery'
import { readLiveEvent } from './liveEvent'

export const ANNOUNCE_EVENT_ENDED = 'announceEventEnded'

export interface EventEndedInput {
  eventId: string
  /** The end the job was queued for; a later edit may have moved it. */
  endsAt: string
}

/**
 * Queues the job that tells the site when a published event ends, so it passes from Kommande to
 * Tidigare without anyone publishing. One pending job per event: a newer one replaces it
 * (`supersedes`), so saving an event many times leaves one job for its current end.
 */
export async function queueEventEnded(
  req: PayloadRequest,
  event: Pick<Event, 'id' | 'endsAt'>,
  now = new Date(),
): Promise<void> {
  const endsAt = new Date(event.endsAt)
  if (Number.isNaN(endsAt.getTime()) || endsAt <= now) return
  await req.payload.jobs.queue({
    task: ANNOUNCE_EVENT_ENDED,
    input: { eventId: String(event.id), endsAt: endsAt.toISOString() },
    waitUntil: endsAt,
    req,
  })
}

/**
 * Runs at the event's end: when the event is still published and still ends then, the site gets
 * an `update` delivery for it and re-renders its page, /evenemang/ and the calendar. A job for
 * an end that was moved, or for an event since unpublished or deleted, does nothing.
 */
export const announceEventEnded: TaskConfig<{
  input: EventEndedInput
  output: { isAnnounced: boolean }
}> = {
  slug: ANNOUNCE_EVENT_ENDED,
  label: 'Meddela webbplatsen att ett evenemang har slutat',
  inputSchema: [
    { name: 'eventId', type: 'text', required: true },
    { name: 'endsAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'isAnnounced', type: 'checkbox' }],
  concurrency: {
    key: ({ input }) => `${ANNOUNCE_EVENT_ENDED}:${input.eventId}`,
    supersedes: true,
  },
  retries: 5,
  handler: async ({ input, req }) => {
    const live = await readLiveEvent(req, input.eventId)
    const isCurrent = live !== null && Date.parse(live.endsAt) === Date.parse(input.endsAt)
    if (!isCurrent) return { output: { isAnnounced: false } }
    await queueSiteDelivery({
      req,
      event: 'update',
      collection: 'events',
      ids: [input.eventId],
      slugs: [live.slug],
    })
    req.payload.logger.info(`Event ${input.eventId} has ended: the site moves it to Tidigare`)
    return { output: { isAnnounced: true } }
  },
}
