import type { Event } from '@redaktion/content-schemas/payload-types'
import type { TaskConfig } from 'payload'

import { registrantMail } from '../email/registrantMail'
import { sendReaderMail } from '../email/sendReaderMail'
import { findEvent, idOf, waitlistPosition } from './registrationQueries'

export interface SendRegistrantMailIO {
  input: { reference: string; reason: 'received' | 'promoted' }
  output: { messageId?: string | null }
}

/**
 * Mails a registrant their confirmation (a place or the waiting list) or, after a promotion,
 * their place. Retried like the news desk's mail; a registration that is gone or cancelled by
 * the time it runs gets nothing. Replies go to the news desk, where cancellations are handled.
 */
export function sendRegistrantMail({
  newsdeskAddress,
}: {
  newsdeskAddress: string
}): TaskConfig<SendRegistrantMailIO> {
  return {
    slug: 'sendRegistrantMail',
    label: 'Mejla en bekräftelse till den som anmält sig',
    inputSchema: [
      { name: 'reference', type: 'text', required: true },
      { name: 'reason', type: 'select', options: ['received', 'promoted'], required: true },
    ],
    outputSchema: [{ name: 'messageId', type: 'text' }],
    retries: { attempts: 6, backoff: { type: 'exponential', delay: 60_000 } },
    handler: async ({ input, req }) => {
      const { payload } = req
      const { docs } = await payload.find({
        collection: 'registrations',
        where: { reference: { equals: input.reference } },
        limit: 1,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const registration = docs[0]
      if (!registration || registration.status === 'cancelled') {
        payload.logger.info(`No mail for registration ${input.reference}: gone or cancelled`)
        return { output: { messageId: null } }
      }
      const eventId = idOf(registration.event)
      const event = (await findEvent(payload, eventId, req)) as Event | null
      if (!event) return { output: { messageId: null } }
      const status = registration.status
      const { subject, text } = registrantMail({
        reason: input.reason,
        status,
        name: registration.name,
        reference: input.reference,
        eventTitle: event.title,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        place: event.attendance === 'online' ? undefined : placeOf(event),
        joinUrl: event.attendance === 'onsite' ? undefined : (event.joinUrl ?? undefined),
        newsdeskAddress,
        waitlistPosition:
          status === 'waitlisted'
            ? await waitlistPosition(payload, { eventId, createdAt: registration.createdAt, req })
            : undefined,
      })
      const sent = await sendReaderMail({
        payload,
        to: registration.email,
        newsdeskAddress,
        mail: { subject, text },
        label: `Registrant mail for ${input.reference}`,
      })
      return { output: sent }
    },
  }
}

function placeOf(event: Event): string | undefined {
  const parts = [event.venue?.room, event.venue?.name, event.venue?.address].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : undefined
}
