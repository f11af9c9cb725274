import type { Payload, PayloadRequest } from 'payload'

import {
  seatOf,
  signupKey,
  type RegistrationCounts,
  type RegistrationEvent,
} from './registrationRules'

const EVENT_FIELDS = {
  title: true,
  slug: true,
  startsAt: true,
  endsAt: true,
  eventStatus: true,
  registration: true,
  _status: true,
} as const

/** The event's live (published) row, or null when there is none or the id is no id here. */
export async function findPublishedEvent(
  payload: Payload,
  id: string,
  req?: PayloadRequest,
): Promise<RegistrationEvent | null> {
  try {
    const { docs } = await payload.find({
      collection: 'events',
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      select: EVENT_FIELDS,
      limit: 1,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return (docs[0] as RegistrationEvent | undefined) ?? null
  } catch {
    // MongoDB cannot cast a UUID to an ObjectId: no such event.
    return null
  }
}

/** The event as it is stored, published or not (for mails and promotions). */
export async function findEvent(
  payload: Payload,
  id: string,
  req?: PayloadRequest,
): Promise<RegistrationEvent | null> {
  const event = await payload.findByID({
    collection: 'events',
    id,
    select: { ...EVENT_FIELDS, venue: true, attendance: true, joinUrl: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return (event as RegistrationEvent | null) ?? null
}

/** Confirmed and waitlisted registrations of an event. */
export async function countRegistrations(
  payload: Payload,
  eventId: string,
  req?: PayloadRequest,
): Promise<RegistrationCounts> {
  const count = async (status: string) =>
    (
      await payload.count({
        collection: 'registrations',
        where: { and: [{ event: { equals: eventId } }, { status: { equals: status } }] },
        overrideAccess: true,
        req,
      })
    ).totalDocs
  const [confirmed, waitlisted] = await Promise.all([count('confirmed'), count('waitlisted')])
  return { confirmed, waitlisted }
}

/** The seats confirmed registrations of the event hold. */
export async function takenSeats(
  payload: Payload,
  eventId: string,
  req?: PayloadRequest,
): Promise<number[]> {
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { status: { equals: 'confirmed' } }] },
    select: { place: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((doc) => {
    const seat = seatOf(eventId, (doc as { place?: string | null }).place)
    return seat === null ? [] : [seat]
  })
}

/** Whether the address already holds a place or a place on the waiting list for the event. */
export async function hasActiveSignup(
  payload: Payload,
  { eventId, email }: { eventId: string; email: string },
): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'registrations',
    where: { signup: { equals: signupKey({ eventId, email, status: 'confirmed', unique: '' }) } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** 1 for the first on the event's waiting list: those waiting since before this one, plus one. */
export async function waitlistPosition(
  payload: Payload,
  { eventId, createdAt, req }: { eventId: string; createdAt: string; req?: PayloadRequest },
): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'registrations',
    where: {
      and: [
        { event: { equals: eventId } },
        { status: { equals: 'waitlisted' } },
        { createdAt: { less_than_equal: createdAt } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return Math.max(1, totalDocs)
}

export const idOf = (value: unknown): string =>
  typeof value === 'object' && value !== null
    ? String((value as { id: unknown }).id)
    : String(value)
