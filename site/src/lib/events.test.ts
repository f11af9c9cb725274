import { describe, expect, it } from 'vitest'

import {
  eventState,
  eventsForArticle,
  buildEventIndex,
  organisersLine,
  resolveEvent,
  splitEvents,
  stockholmYear,
  venueLabel,
} from './events'
import type { Author, Event } from '@redaktion/content-schemas/payload-types'

import { siteEvent, UUID } from '../../tests/helpers/siteEvent'

const at = (iso: string) => Date.parse(iso)

describe('splitEvents', () => {
  const first = siteEvent({
    id: UUID(1),
    startsAt: '2026-06-02T08:00:00Z',
    endsAt: '2026-06-02T09:00:00Z',
  })
  const second = siteEvent({
    id: UUID(2),
    startsAt: '2026-06-01T08:00:00Z',
    endsAt: '2026-06-01T09:00:00Z',
  })
  const lastYear = siteEvent({
    id: UUID(3),
    startsAt: '2025-11-01T08:00:00Z',
    endsAt: '2025-11-01T09:00:00Z',
  })
  const thisYear = siteEvent({
    id: UUID(4),
    startsAt: '2026-02-01T08:00:00Z',
    endsAt: '2026-02-01T09:00:00Z',
  })
  // Starts on New Year's Eve in UTC, which is already New Year's Day in Stockholm.
  const newYear = siteEvent({
    id: UUID(5),
    startsAt: '2025-12-31T23:30:00Z',
    endsAt: '2026-01-01T01:00:00Z',
  })

  it('puts upcoming events nearest first and past ones by Stockholm year, newest first', () => {
    const { upcoming, past } = splitEvents(
      [lastYear, first, thisYear, second, newYear],
      at('2026-05-01T00:00:00Z'),
    )
    expect(upcoming.map((event) => event.id)).toEqual([UUID(2), UUID(1)])
    expect(past.map(({ year, events }) => [year, events.map((event) => event.id)])).toEqual([
      [2026, [UUID(4), UUID(5)]],
      [2025, [UUID(3)]],
    ])
  })

  it('keeps an event upcoming until it ends, not only until it starts', () => {
    const { upcoming, past } = splitEvents([second], at('2026-06-01T08:30:00Z'))
    expect(upcoming).toHaveLength(1)
    expect(past).toHaveLength(0)
    expect(splitEvents([second], at('2026-06-01T09:00:00Z')).upcoming).toHaveLength(0)
  })
})

describe('eventState', () => {
  const form = siteEvent({ registration: { mode: 'form', capacity: 40 } })
  const places = { event: form.id, isOpen: true, capacity: 40, placesLeft: 12, waitlistLength: 0 }

  it('offers registration until it closes, with the places the CMS counted', () => {
    expect(eventState(form, at('2026-05-01T00:00:00Z'), places)).toEqual({
      isPast: false,
      isRegistrationOpen: true,
      places: { capacity: 40, placesLeft: 12, waitlistLength: 0 },
    })
    // Registration closes when the event starts (no closing time of its own).
    expect(eventState(form, at('2026-05-31T12:00:00Z'), places).isRegistrationOpen).toBe(false)
  })

  it('shows the capacity alone when the CMS has no count, and closes for cancelled and past events', () => {
    expect(eventState(form, at('2026-05-01T00:00:00Z'), null).places).toEqual({
      capacity: 40,
      placesLeft: null,
      waitlistLength: 0,
    })
    const cancelled = { ...form, eventStatus: 'cancelled' as const }
    expect(eventState(cancelled, at('2026-05-01T00:00:00Z'), places).isRegistrationOpen).toBe(false)
    expect(eventState(form, at('2026-06-01T00:00:00Z'), places)).toMatchObject({
      isPast: true,
      isRegistrationOpen: false,
    })
    expect(
      eventState(form, at('2026-05-01T00:00:00Z'), { ...places, isOpen: false }).isRegistrationOpen,
    ).toBe(false)
  })
})

describe('eventsForArticle', () => {
  const topic = { id: UUID(90) }
  const named = siteEvent({
    id: UUID(1),
    relatedIds: [UUID(50)],
    startsAt: '2026-07-01T08:00:00Z',
    endsAt: '2026-07-01T09:00:00Z',
  })
  const byTopic = siteEvent({
    id: UUID(2),
    topics: [{ id: UUID(90), title: 'Tillit', slug: 'tillit', updatedAt: '', createdAt: '' }],
    startsAt: '2026-06-01T08:00:00Z',
    endsAt: '2026-06-01T09:00:00Z',
  })
  const index = buildEventIndex([named, byTopic])

  it('lists upcoming events that name the article first, then those sharing a topic', () => {
    const events = eventsForArticle(
      { id: UUID(50), topics: [topic] },
      index,
      at('2026-05-01T00:00:00Z'),
    )
    expect(events.map((event) => event.id)).toEqual([UUID(1), UUID(2)])
  })

  it('keeps an event that names the article when the series has more, nearer ones', () => {
    const sooner = [3, 4, 5].map((n) =>
      siteEvent({
        id: UUID(n),
        topics: [{ id: UUID(90), title: 'Tillit', slug: 'tillit', updatedAt: '', createdAt: '' }],
        startsAt: `2026-05-0${n}T08:00:00Z`,
        endsAt: `2026-05-0${n}T09:00:00Z`,
      }),
    )
    const crowded = buildEventIndex([named, byTopic, ...sooner])
    const events = eventsForArticle(
      { id: UUID(50), topics: [topic] },
      crowded,
      at('2026-05-01T00:00:00Z'),
    )
    expect(events.map((event) => event.id)).toEqual([UUID(1), UUID(3), UUID(4)])
  })

  it('falls back to the most recent past events when none is to come', () => {
    const events = eventsForArticle(
      { id: UUID(50), topics: [topic] },
      index,
      at('2026-08-01T00:00:00Z'),
    )
    expect(events.map((event) => event.id)).toEqual([UUID(1), UUID(2)])
    expect(
      eventsForArticle({ id: UUID(51), topics: [] }, index, at('2026-05-01T00:00:00Z')),
    ).toEqual([])
  })
})

describe('labels', () => {
  it('names the room and venue, or says Digitalt', () => {
    expect(venueLabel(siteEvent())).toBe('Salong 1, Folkan')
    expect(venueLabel(siteEvent({ attendance: 'online' }))).toBe('Digitalt')
    expect(venueLabel(siteEvent({ attendance: 'mixed' }))).toBe('Salong 1, Folkan och digitalt')
  })

  it('writes the organisers as a sentence', () => {
    expect(organisersLine('ett samarrangemang mellan utredningen och Malmö universitet')).toBe(
      'Ett samarrangemang mellan utredningen och Malmö universitet.',
    )
    expect(organisersLine('utredningen och Malmö universitet')).toBe(
      'Ett samarrangemang mellan utredningen och Malmö universitet.',
    )
    expect(organisersLine('  ')).toBeNull()
  })
})

describe('resolveEvent', () => {
  const author = (n: number, name: string) =>
    ({ id: UUID(n), name, slug: name.toLowerCase().replace(' ', '-') }) as Author
  const writer = author(10, 'Anna Lind')
  const newcomer = author(11, 'Leila Sharifi')
  const {
    speakers: _speakers,
    documents: _documents,
    video: _video,
    category: _category,
    topics: _topics,
    relatedIds: _relatedIds,
    ...rest
  } = siteEvent()
  const raw = {
    ...rest,
    speakers: [
      { author: writer.id, role: 'moderator' },
      { author: newcomer.id, role: 'inledare' },
      { name: 'Gäst Gästsson', role: null },
    ],
  } as unknown as Event
  const lookups = {
    authorById: new Map([writer, newcomer].map((a) => [a.id, a])),
    documentById: new Map(),
    videoById: new Map(),
    categoryById: new Map(),
    topicById: new Map(),
    hasAuthorPage: (id: string) => id === writer.id,
  }

  it('links a speaker to the author page only when the author has one', () => {
    expect(resolveEvent(raw, lookups).speakers).toEqual([
      { name: 'Anna Lind', role: 'moderator', authorSlug: 'anna-lind' },
      { name: 'Leila Sharifi', role: 'inledare', authorSlug: null },
      { name: 'Gäst Gästsson', role: null, authorSlug: null },
    ])
  })
})

describe('stockholmYear', () => {
  const byTimeZone = (iso: string) =>
    Number(
      new Intl.DateTimeFormat('sv-SE', { year: 'numeric', timeZone: 'Europe/Stockholm' }).format(
        new Date(iso),
      ),
    )

  it('is the year in Stockholm, also in the hours when Stockholm is a year ahead of UTC', () => {
    expect(stockholmYear('2025-12-31T22:59:59.999Z')).toBe(2025)
    expect(stockholmYear('2025-12-31T23:00:00.000Z')).toBe(2026)
    expect(stockholmYear('2026-01-01T00:30:00.000Z')).toBe(2026)
  })

  it('agrees with the time zone database every half hour around each new year and every day between', () => {
    const times: string[] = []
    for (let year = 2010; year <= 2030; year++) {
      const newYear = Date.UTC(year, 0, 1)
      for (let step = -72; step <= 72; step++)
        times.push(new Date(newYear + step * 30 * 60_000).toISOString())
      for (let day = 0; day < 366; day += 1)
        times.push(new Date(newYear + day * 86_400_000 + 12_345_678).toISOString())
    }
    expect(times.filter((iso) => stockholmYear(iso) !== byTimeZone(iso))).toEqual([])
  })
})
