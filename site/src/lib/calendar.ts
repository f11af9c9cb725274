// iCalendar (RFC 5545) files of events, written with ical-generator: times in Stockholm time
// (DTSTART;TZID=Europe/Stockholm with a VTIMEZONE), one stable UID per event, and SEQUENCE and
// LAST-MODIFIED from its last change, so a calendar that subscribed updates the entry in place.
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator'
import { DateTime } from 'luxon'

import { SITE_TITLE } from '../consts'
import type { SiteEvent } from './events'
import { eventPath } from './eventsPages'
import { lexicalToText } from './eventsText'

const TIME_ZONE = 'Europe/Stockholm'
/** SEQUENCE counts seconds since this moment: it grows with every save and fits 32 bits. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1)

const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' })

/** "Salong 1, Folkan, Folkets hus, Malmö" or "Digitalt". */
export function eventLocation(event: Pick<SiteEvent, 'attendance' | 'venue' | 'joinUrl'>): string {
  const { room, name, address } = event.venue ?? {}
  const place = [room, name, address].filter((part) => part?.trim()).join(', ')
  if (event.attendance === 'online' || !place) return 'Digitalt'
  return event.attendance === 'mixed' ? `${place} och digitalt` : place
}

/** The UID of an event's calendar entry: its id, which never changes. */
export const eventUid = (event: Pick<SiteEvent, 'id'>, site: URL) =>
  `evenemang-${event.id}@${site.hostname}`

function addEvent(calendar: ICalCalendar, event: SiteEvent, site: URL) {
  const url = new URL(eventPath(event.slug), site).href
  const summary = [event.sessionCode, event.title].filter(Boolean).join(' ')
  const description = [
    event.summary,
    lexicalToText(event.description),
    event.practicalNotes,
    event.attendance !== 'onsite' && event.joinUrl ? `Länk: ${event.joinUrl}` : null,
    url,
  ]
    .filter((part) => part?.trim())
    .join('\n\n')
  calendar.createEvent({
    id: eventUid(event, site),
    start: utc(event.startsAt),
    end: utc(event.endsAt),
    timezone: TIME_ZONE,
    summary: event.eventStatus === 'cancelled' ? `INSTÄLLT: ${summary}` : summary,
    description,
    location: eventLocation(event),
    url,
    // DTSTAMP from the last change, not the clock: a rebuild of unchanged events writes the same file.
    stamp: utc(event.updatedAt),
    lastModified: utc(event.updatedAt),
    created: utc(event.createdAt),
    sequence: Math.max(0, Math.floor((Date.parse(event.updatedAt) - SEQUENCE_EPOCH) / 1000)),
    status:
      event.eventStatus === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  })
}

/** A calendar file of `events`, named `name`. */
export function calendarIcs(events: SiteEvent[], site: URL, name = `${SITE_TITLE} – evenemang`) {
  const calendar = ical({
    name,
    prodId: { company: SITE_TITLE, product: 'evenemang', language: 'SV' },
    // Only the VTIMEZONE: the calendar's own time zone would write DTSTAMP without its Z.
    timezone: { name: null, generator: getVtimezoneComponent },
    url: new URL('/evenemang/', site).href,
    ttl: 60 * 60,
  })
  for (const event of events) addEvent(calendar, event, site)
  return calendar.toString()
}

export const CALENDAR_HEADERS = { 'Content-Type': 'text/calendar; charset=utf-8' }
