import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { articleTypeOptions } from '@redaktion/content-schemas/options'
import { slugify } from '@redaktion/content-schemas/slugify'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'

import { createPresentation } from './createPresentation'
import { demoArticles } from './demoArticles'
import { demoAuthors } from './demoAuthors'
import { demoCategories } from './demoCategories'
import { demoEventRegistrations } from './demoEventRegistrations'
import { demoEvents } from './demoEvents'
import { demoPageFeedback } from './demoPageFeedback'
import { demoTopics } from './demoTopics'
import { demoTypeStatements } from './demoTypeStatements'
import { stockholmInstant } from './eventTimes'
import { demoEventTimes } from './seedEvents'

const eventsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'events')
const keys = demoEvents.map((event) => event.key)
const stockholmClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
})

// The item 6: a fresh clone's /evenemang/ shows every kind of event, whenever it is seeded.
describe('the demo events', () => {
  it('are each listed once, one per file in events/', async () => {
    const files = readdirSync(eventsDir).filter((name) => name.endsWith('.ts'))
    const inFiles = await Promise.all(
      files.map(async (name) => {
        const module = (await import(path.join(eventsDir, name))) as Record<string, unknown>
        return Object.values(module)
      }),
    )
    expect(new Set(demoEvents).size).toBe(demoEvents.length)
    expect(inFiles.flat()).toHaveLength(files.length)
    expect(new Set(inFiles.flat())).toEqual(new Set(demoEvents))
  })

  it('are at least six, with unique keys and slugs', () => {
    expect(demoEvents.length).toBeGreaterThanOrEqual(6)
    expect(new Set(keys).size).toBe(keys.length)
    const slugs = demoEvents.map((event) => slugify(event.title))
    expect(new Set(slugs).size).toBe(slugs.length)
  })

  it.each([
    new Date('2026-03-29T00:30:00Z'), // the night summer time starts
    new Date('2026-07-01T10:00:00Z'),
    new Date('2026-10-25T23:59:00Z'), // the night after winter time starts
    new Date('2030-12-31T22:00:00Z'),
  ])('have upcoming and past ones whenever they are seeded (now = %s)', (now) => {
    const ends = demoEvents.map((event) => demoEventTimes(event, now).endsAt.getTime())
    expect(ends.filter((end) => end > now.getTime()).length).toBeGreaterThanOrEqual(3)
    expect(ends.filter((end) => end < now.getTime()).length).toBeGreaterThanOrEqual(2)
    for (const event of demoEvents) {
      const { startsAt, endsAt, previousStartsAt, closesAt } = demoEventTimes(event, now)
      expect(stockholmClock.format(startsAt), event.key).toBe(event.startsAt)
      expect(endsAt.getTime()).toBeGreaterThan(startsAt.getTime())
      if (previousStartsAt) expect(previousStartsAt.getTime()).toBeLessThan(startsAt.getTime())
      if (closesAt) expect(closesAt.getTime()).toBeLessThan(startsAt.getTime())
    }
    // A past event is never still "planned": it took place, or it was called off.
    const pastPlanned = demoEvents.filter(
      (event) =>
        demoEventTimes(event, now).endsAt.getTime() < now.getTime() &&
        !['completed', 'cancelled'].includes(event.eventStatus),
    )
    expect(pastPlanned.map((event) => event.key)).toEqual([])
  })

  it('cover the variety the issue asks for', () => {
    const some = (test: (event: (typeof demoEvents)[number]) => boolean) =>
      demoEvents.filter(test).map((event) => event.key)
    expect(some((event) => event.eventStatus === 'cancelled')).not.toEqual([])
    expect(
      some((event) => event.eventStatus === 'rescheduled' && event.previousInDays !== undefined),
    ).not.toEqual([])
    expect(
      some((event) => event.registration.mode === 'form' && event.registration.capacity === 40),
    ).not.toEqual([])
    expect(some((event) => event.registration.mode === 'contact')).not.toEqual([])
    expect(some((event) => event.registration.mode === 'url')).not.toEqual([])
    expect(
      some((event) => Boolean(event.presentation && /youtube\.com/.test(event.video?.url ?? ''))),
    ).not.toEqual([])
    expect(some((event) => /samarrangemang/.test(event.organisers ?? ''))).not.toEqual([])
    expect(some((event) => event.attendance === 'online' && Boolean(event.joinUrl))).not.toEqual([])
    expect(some((event) => /fika/.test(event.practicalNotes ?? ''))).not.toEqual([])
    expect(some((event) => event.speakers.some((speaker) => 'author' in speaker))).not.toEqual([])
    expect(
      some((event) =>
        event.speakers.some((speaker) => 'name' in speaker && /docent/.test(speaker.role)),
      ),
    ).not.toEqual([])
    // The seminar day's four sessions, on one day at one venue.
    const day = demoEvents.filter((event) => /^A[1-4]\.$/.test(event.sessionCode ?? ''))
    expect(day.map((event) => event.sessionCode)).toEqual(['A1.', 'A2.', 'A3.', 'A4.'])
    expect(new Set(day.map((event) => event.inDays)).size).toBe(1)
  })

  it('never have a digital event without a join link or an on-site one without a venue', () => {
    const missing = demoEvents.flatMap((event) => [
      ...(event.attendance !== 'onsite' && !event.joinUrl ? [`${event.key}: joinUrl`] : []),
      ...(event.attendance !== 'online' && !event.venue ? [`${event.key}: venue`] : []),
    ])
    expect(missing).toEqual([])
  })

  it('refer only to authors, articles, categories, topics and events that exist', () => {
    const authors = new Set(demoAuthors.map((author) => author.key))
    const published = new Set(
      demoArticles.filter((article) => !article.isDraft).map((article) => article.key),
    )
    const categories = new Set(demoCategories.map((category) => category.slug))
    const topics = new Set(demoTopics.map((topic) => topic.slug))
    const unknown = demoEvents.flatMap((event) => [
      ...event.speakers
        .filter((speaker) => 'author' in speaker && !authors.has(speaker.author))
        .map((speaker) => `${event.key}: ${JSON.stringify(speaker)}`),
      ...(event.related ?? [])
        .filter((key) => !published.has(key))
        .map((key) => `${event.key}: ${key}`),
      ...(event.category && !categories.has(event.category)
        ? [`${event.key}: ${event.category}`]
        : []),
      ...(event.topic && !topics.has(event.topic) ? [`${event.key}: ${event.topic}`] : []),
    ])
    const references = [
      ...demoEventRegistrations.map((registration) => registration.event),
      ...demoPageFeedback.flatMap((feedback) =>
        'event' in feedback.on ? [feedback.on.event] : [],
      ),
    ].filter((key) => !keys.includes(key))
    const articles = demoPageFeedback
      .flatMap((feedback) => ('article' in feedback.on ? [feedback.on.article] : []))
      .filter((key) => !published.has(key))
    expect([...unknown, ...references, ...articles]).toEqual([])
  })

  it('sign up no more than the capacity, and feedback texts only with a no', () => {
    for (const event of demoEvents) {
      if (event.registration.mode !== 'form' || !event.registration.capacity) continue
      const confirmed = demoEventRegistrations.filter(
        (registration) => registration.event === event.key && registration.status === 'confirmed',
      )
      expect(confirmed.length).toBeLessThanOrEqual(event.registration.capacity)
    }
    expect(
      demoEventRegistrations.every((registration) => registration.event === 'medlemskvall'),
    ).toBe(true)
    const textWithYes = demoPageFeedback.filter((f) => f.answer === 'yes' && f.text)
    expect(textWithYes).toEqual([])
    expect(demoPageFeedback.every((feedback) => (feedback.text ?? '').length <= 500)).toBe(true)
  })
})

describe('the type statements', () => {
  it('have one Swedish text per article type, each with the independence sentence', () => {
    expect(Object.keys(demoTypeStatements).sort()).toEqual(
      articleTypeOptions.map((option) => option.value).sort(),
    )
    for (const text of Object.values(demoTypeStatements)) {
      expect(text).toMatch(/^Detta är (en|ett) /)
      expect(text).toContain('fri och självständig ställning gentemot sin ägare')
      expect(text.length).toBeLessThanOrEqual(1000)
    }
    expect(demoTypeStatements.nyhet).toMatch(
      /^Detta är en nyhetsartikel\. En nyhetsartikel ska vara saklig och korrekt\./,
    )
  })
})

describe('stockholmInstant', () => {
  it('keeps the Stockholm clock time across daylight saving time', () => {
    const now = new Date('2026-03-20T12:00:00Z')
    expect(stockholmInstant(now, 0, '14:00').toISOString()).toBe('2026-03-20T13:00:00.000Z')
    expect(stockholmInstant(now, 10, '14:00').toISOString()).toBe('2026-03-30T12:00:00.000Z')
  })

  it('counts Stockholm calendar days, also just before midnight UTC', () => {
    // 23.30 UTC on 31 December is already 1 January in Stockholm.
    const now = new Date('2026-12-31T23:30:00Z')
    expect(stockholmInstant(now, 0, '09:00').toISOString()).toBe('2027-01-01T08:00:00.000Z')
  })

  it('refuses a time that is not HH:MM', () => {
    expect(() => stockholmInstant(new Date(), 0, '9.00')).toThrow(/HH:MM/)
  })
})

describe('createPresentation', () => {
  it('makes a PDF of one page per slide, with Swedish letters, that a PDF parser reads', async () => {
    const bytes = await createPresentation({
      title: 'Presentation: Arbetsmiljön',
      slides: [
        { heading: 'Hoten ökar', points: ['Få hot polisanmäls', 'Skyddsombuden är överens'] },
        { heading: 'Vad gör arbetsgivaren?', points: ['Riskbedöm varje arbetsmoment'] },
      ],
      footer: 'Arbetsmiljön i staten',
    })
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const parsed = await PDFDocument.load(bytes)
    expect(parsed.getPageCount()).toBe(2)
    expect(parsed.getTitle()).toBe('Presentation: Arbetsmiljön')
  })
})
