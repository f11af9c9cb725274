// The calendar files, read back with ical.js (an independent parser) and its own time zone
// handling: the times must come out right in Stockholm in summer and in winter.
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import { siteEvent, UUID } from '../../tests/helpers/siteEvent'
import { calendarIcs } from './calendar'

const SITE = new URL('https://redaktion.example.se/')

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const zone = calendar.getFirstSubcomponent('vtimezone')!
  ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  return { calendar, events: calendar.getAllSubcomponents('vevent') }
}

describe('calendarIcs', () => {
  const summer = siteEvent()
  const winter = siteEvent({
    id: UUID(2),
    slug: 'vinterseminariet',
    title: 'Vinterseminariet',
    sessionCode: null,
    startsAt: '2026-12-03T08:30:00.000Z',
    endsAt: '2026-12-03T10:00:00.000Z',
    attendance: 'online',
    joinUrl: 'https://mote.example.se/vinter',
    eventStatus: 'cancelled',
    updatedAt: '2026-11-20T10:00:00.000Z',
  })
  const ics = calendarIcs([summer, winter], SITE)
  const { calendar, events } = parse(ics)

  it('is an iCalendar file with a VTIMEZONE for Europe/Stockholm and CRLF lines', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe(
      'Europe/Stockholm',
    )
    expect(ics).toMatch(/\r\nDTSTART;TZID=Europe\/Stockholm:20260531T140000\r\n/)
    expect(events).toHaveLength(2)
  })

  it('carries the times in Stockholm time, summer (UTC+2) and winter (UTC+1)', () => {
    const [first, second] = events.map((component) => new ICAL.Event(component))
    expect(first!.startDate.zone.tzid).toBe('Europe/Stockholm')
    expect([first!.startDate.hour, first!.startDate.minute]).toEqual([14, 0])
    expect(first!.startDate.toJSDate().toISOString()).toBe('2026-05-31T12:00:00.000Z')
    expect(first!.endDate.toJSDate().toISOString()).toBe('2026-05-31T12:45:00.000Z')
    expect([second!.startDate.hour, second!.startDate.minute]).toEqual([9, 30])
    expect(second!.startDate.toJSDate().toISOString()).toBe('2026-12-03T08:30:00.000Z')
  })

  it('names each entry by a stable UID from the event id, versioned by its last change', () => {
    const [first, second] = events
    expect(first!.getFirstPropertyValue('uid')).toBe(`evenemang-${UUID(1)}@redaktion.example.se`)
    expect(Number(first!.getFirstPropertyValue('sequence'))).toBeLessThan(
      Number(second!.getFirstPropertyValue('sequence')),
    )
    const modified = first!.getFirstPropertyValue('last-modified') as ICAL.Time
    expect(modified.toJSDate().toISOString()).toBe('2026-04-02T09:30:00.000Z')
    // The same events give the same file: a rebuild changes nothing.
    expect(calendarIcs([summer, winter], SITE)).toBe(ics)
  })

  it('says where, links the page, describes in plain text and marks a cancelled event', () => {
    const [first, second] = events
    expect(first!.getFirstPropertyValue('location')).toBe(
      'Salong 1, Folkan, Södra Förstadsgatan 1, Malmö',
    )
    expect(first!.getFirstPropertyValue('url')).toBe(
      'https://redaktion.example.se/evenemang/tillit-i-styrningen/',
    )
    expect(first!.getFirstPropertyValue('summary')).toBe('A3. Tillit i styrningen')
    expect(first!.getFirstPropertyValue('description')).toContain('Det bjuds på fika.')
    expect(first!.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(second!.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(second!.getFirstPropertyValue('location')).toBe('Digitalt')
    expect(second!.getFirstPropertyValue('description')).toContain('https://mote.example.se/vinter')
  })
})
