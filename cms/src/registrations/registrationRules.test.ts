import { describe, expect, it } from 'vitest'

import {
  freeSeat,
  placesOf,
  registrationRefusal,
  seatKey,
  seatOf,
  signupKey,
  type RegistrationEvent,
} from './registrationRules'

const NOW = new Date('2027-05-20T10:00:00Z')

const event = (change: Partial<RegistrationEvent> = {}): RegistrationEvent => ({
  id: 'e1',
  title: 'Tillit i förvaltningen',
  slug: 'tillit',
  startsAt: '2027-05-31T12:00:00Z',
  endsAt: '2027-05-31T12:45:00Z',
  eventStatus: 'planned',
  _status: 'published',
  registration: { mode: 'form', capacity: 2 },
  ...change,
})

describe('registrationRefusal', () => {
  it('takes a registration for a published, planned form event before it closes', () => {
    expect(registrationRefusal(event(), NOW)).toBeNull()
    expect(registrationRefusal(event({ eventStatus: 'rescheduled' }), NOW)).toBeNull()
  })

  it.each([
    ['a draft', { _status: 'draft' as const }, /inte publicerat/],
    ['another way to register', { registration: { mode: 'contact' as const } }, /formuläret/],
    ['a cancelled event', { eventStatus: 'cancelled' as const }, /inställt/],
    ['a completed event', { eventStatus: 'completed' as const }, /redan ägt rum/],
    ['an event that has ended', { endsAt: '2027-05-20T09:00:00Z' }, /redan ägt rum/],
    [
      'an event that has started',
      { startsAt: '2027-05-20T09:00:00Z', endsAt: '2027-05-20T11:00:00Z' },
      /stängd/,
    ],
    [
      'a closing time passed',
      { registration: { mode: 'form' as const, closesAt: '2027-05-19T00:00:00Z' } },
      /stängd/,
    ],
  ])('refuses %s', (_, change, message) => {
    expect(registrationRefusal(event(change), NOW)).toMatch(message)
  })
})

describe('places', () => {
  it('counts places left from confirmed registrations only, never below zero', () => {
    expect(placesOf(event(), { confirmed: 1, waitlisted: 0 }, NOW)).toEqual({
      event: 'e1',
      isOpen: true,
      capacity: 2,
      placesLeft: 1,
      waitlistLength: 0,
    })
    expect(placesOf(event(), { confirmed: 3, waitlisted: 4 }, NOW).placesLeft).toBe(0)
    expect(
      placesOf(event({ registration: { mode: 'form' } }), { confirmed: 9, waitlisted: 0 }, NOW)
        .placesLeft,
    ).toBeNull()
  })

  it('hands out the lowest free seat within the capacity', () => {
    expect(freeSeat([], 2)).toBe(1)
    expect(freeSeat([1, 3], 3)).toBe(2)
    expect(freeSeat([1, 2], 2)).toBeNull()
    expect(freeSeat([1, 2], null)).toBe(3)
  })

  it('reads back the seat of its own key only', () => {
    expect(seatOf('e1', seatKey('e1', 7))).toBe(7)
    expect(seatOf('e2', seatKey('e1', 7))).toBeNull()
    expect(seatOf('e1', 'e1:waitlisted:x')).toBeNull()
  })

  it('keys an active registration by event and address, whatever the case', () => {
    const key = (email: string, status = 'confirmed') =>
      signupKey({ eventId: 'e1', email, status, unique: 'u' })
    expect(key('Kim@Example.se')).toBe(key(' kim@example.se'))
    expect(key('kim@example.se', 'waitlisted')).toBe(key('kim@example.se'))
    expect(key('kim@example.se', 'cancelled')).not.toBe(key('kim@example.se'))
  })
})
