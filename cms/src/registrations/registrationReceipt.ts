import type { RegistrationReceipt } from '@redaktion/content-schemas/submissions'
import type { Payload } from 'payload'

import { countRegistrations, findEvent, idOf, waitlistPosition } from './registrationQueries'

export interface StoredRegistration {
  createdAt: string
  event: unknown
  status?: string | null
}

/** What the registrant's receipt says: a place or the waiting list, and what is left now. */
export async function registrationReceipt(
  payload: Payload,
  doc: StoredRegistration,
): Promise<RegistrationReceipt> {
  const eventId = idOf(doc.event)
  const [event, counts] = await Promise.all([
    findEvent(payload, eventId),
    countRegistrations(payload, eventId),
  ])
  const capacity = event?.registration?.capacity ?? null
  const placesLeft = capacity === null ? null : Math.max(0, capacity - counts.confirmed)
  if (doc.status !== 'waitlisted') return { status: 'confirmed', placesLeft }
  return {
    status: 'waitlisted',
    placesLeft,
    waitlistPosition: await waitlistPosition(payload, { eventId, createdAt: doc.createdAt }),
  }
}
