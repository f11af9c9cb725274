import { describe, expect, it } from 'vitest'

import { siteEvent } from '../../tests/helpers/siteEvent'
import { eventState } from './events'
import { eventJsonLd } from './jsonLd'

const SITE = new URL('https://redaktion.example.se/')
const BEFORE = Date.parse('2026-05-01T00:00:00Z')
const AFTER = Date.parse('2026-06-15T00:00:00Z')

/** The JSON-LD as a page carries it: serialized and parsed again. */
const jsonLdOf = (event: ReturnType<typeof siteEvent>, now: number) =>
  JSON.parse(JSON.stringify(eventJsonLd(event, eventState(event, now, null), SITE))) as Record<
    string,
    unknown
  >

describe('eventJsonLd', () => {
  it('schedules a planned event to come, with Stockholm offsets and a Place', () => {
    const data = jsonLdOf(siteEvent(), BEFORE)
    expect(data).toMatchObject({
      '@type': 'Event',
      name: 'A3. Tillit i styrningen',
      startDate: '2026-05-31T14:00:00+02:00',
      endDate: '2026-05-31T14:45:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Salong 1, Folkan',
        address: { '@type': 'PostalAddress', streetAddress: 'Södra Förstadsgatan 1, Malmö' },
      },
      performer: [{ '@type': 'Person', name: 'Karin Ek', jobTitle: 'docent i nationalekonomi' }],
    })
  })

  it('never calls a past event scheduled', () => {
    expect(jsonLdOf(siteEvent(), AFTER)).not.toHaveProperty('eventStatus')
    expect(jsonLdOf(siteEvent({ eventStatus: 'completed' }), AFTER)).not.toHaveProperty(
      'eventStatus',
    )
  })

  it('marks cancelled and rescheduled events, the latter with its first start', () => {
    expect(jsonLdOf(siteEvent({ eventStatus: 'cancelled' }), BEFORE).eventStatus).toBe(
      'https://schema.org/EventCancelled',
    )
    expect(jsonLdOf(siteEvent({ eventStatus: 'cancelled' }), AFTER).eventStatus).toBe(
      'https://schema.org/EventCancelled',
    )
    const moved = jsonLdOf(
      siteEvent({ eventStatus: 'rescheduled', previousStartsAt: '2026-01-20T09:00:00Z' }),
      BEFORE,
    )
    expect(moved).toMatchObject({
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: '2026-01-20T10:00:00+01:00',
    })
  })

  it('has a VirtualLocation online, and both places for a mixed event', () => {
    const online = jsonLdOf(
      siteEvent({ attendance: 'online', joinUrl: 'https://mote.example.se/a3' }),
      BEFORE,
    )
    expect(online).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://mote.example.se/a3' },
    })
    const mixed = jsonLdOf(
      siteEvent({ attendance: 'mixed', joinUrl: 'https://mote.example.se/a3' }),
      BEFORE,
    )
    expect(mixed.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode')
    expect((mixed.location as { '@type': string }[]).map((place) => place['@type'])).toEqual([
      'Place',
      'VirtualLocation',
    ])
  })

  it('offers registration while it is open', () => {
    const form = siteEvent({ registration: { mode: 'form', capacity: 30 } })
    expect(jsonLdOf(form, BEFORE).offers).toMatchObject({
      '@type': 'Offer',
      url: 'https://redaktion.example.se/evenemang/tillit-i-styrningen/#anmalan',
      availability: 'https://schema.org/InStock',
    })
    expect(jsonLdOf(form, AFTER)).not.toHaveProperty('offers')
  })
})
