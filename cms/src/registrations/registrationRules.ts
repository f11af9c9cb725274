import type { Event } from '@redaktion/content-schemas/payload-types'
import type { RegistrationPlaces } from '@redaktion/content-schemas/submissions'

/** What of an event decides whether readers may register through the site's form. */
export type RegistrationEvent = Pick<
  Event,
  'id' | 'title' | 'slug' | 'startsAt' | 'endsAt' | 'eventStatus' | 'registration' | '_status'
>

/**
 * Why the site's form may not take a registration for this event now, in Swedish, or null when
 * it may. The form closes at `registration.closesAt`, or when the event starts.
 */
export function registrationRefusal(event: RegistrationEvent, now: Date): string | null {
  if (event._status !== 'published') return 'Evenemanget finns inte eller är inte publicerat.'
  if (event.registration?.mode !== 'form') {
    return 'Till det här evenemanget anmäler man sig inte via formuläret.'
  }
  if (event.eventStatus === 'cancelled') return 'Evenemanget är inställt.'
  if (event.eventStatus === 'completed' || new Date(event.endsAt) <= now) {
    return 'Evenemanget har redan ägt rum.'
  }
  if (closesAt(event) <= now) return 'Anmälan till evenemanget är stängd.'
  return null
}

/** When the form stops taking registrations. */
export function closesAt(event: RegistrationEvent): Date {
  return new Date(event.registration?.closesAt ?? event.startsAt)
}

/** How many confirmed and waitlisted registrations an event has. */
export interface RegistrationCounts {
  confirmed: number
  waitlisted: number
}

/** The public answer for an event's places: nothing about who registered. */
export function placesOf(
  event: RegistrationEvent,
  counts: RegistrationCounts,
  now: Date,
): RegistrationPlaces {
  const capacity = event.registration?.capacity ?? null
  return {
    event: String(event.id),
    isOpen: registrationRefusal(event, now) === null,
    capacity,
    placesLeft: capacity === null ? null : Math.max(0, capacity - counts.confirmed),
    waitlistLength: counts.waitlisted,
  }
}

/**
 * The unique key of a confirmed registration's place: place `seat` (1, 2, …) of the event.
 * The database's unique index on it is what keeps two registrants from getting the last place
 * at once, on SQLite and MongoDB alike, across CMS instances, without transactions.
 */
export const seatKey = (eventId: string, seat: number): string => `${eventId}:plats:${seat}`

/** The place key of a registration without a place: unique, and never a seat. */
export const noSeatKey = (eventId: string, status: string, unique: string): string =>
  `${eventId}:${status}:${unique}`

/** The seat a place key names, or null for a registration without a place. */
export function seatOf(eventId: string, key: string | null | undefined): number | null {
  const prefix = `${eventId}:plats:`
  if (!key?.startsWith(prefix)) return null
  const seat = Number(key.slice(prefix.length))
  return Number.isInteger(seat) && seat > 0 ? seat : null
}

/** The lowest seat from 1 that nobody holds, or null when the first `capacity` are all taken. */
export function freeSeat(taken: number[], capacity: number | null): number | null {
  const held = new Set(taken)
  const limit = capacity ?? Number.POSITIVE_INFINITY
  for (let seat = 1; seat <= limit; seat += 1) if (!held.has(seat)) return seat
  return null
}

/**
 * The unique key of an active (confirmed or waitlisted) registration: one per e-mail address and
 * event. A cancelled one gets a key of its own, so the address may register again.
 */
export function signupKey({
  eventId,
  email,
  status,
  unique,
}: {
  eventId: string
  email: string
  status: string
  unique: string
}): string {
  const address = email.trim().toLowerCase()
  return status === 'cancelled'
    ? `${eventId}:${address}:avanmäld:${unique}`
    : `${eventId}:${address}`
}
