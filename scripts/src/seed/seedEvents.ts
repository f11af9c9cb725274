import type {
  Article,
  Author,
  Category,
  Event,
  Topic,
  User,
} from '@redaktion/content-schemas/payload-types'
import { articlePath, eventPath } from '@redaktion/content-schemas/paths'
import { slugify } from '@redaktion/content-schemas/slugify'
import { textToLexical } from '@redaktion/cms/textToLexical'
import type { Payload } from 'payload'

import { info } from '../lib/log'
import { createPresentation } from './createPresentation'
import { demoEventRegistrations } from './demoEventRegistrations'
import { demoEvents } from './demoEvents'
import { demoPageFeedback } from './demoPageFeedback'
import { demoTypeStatements } from './demoTypeStatements'
import type { DemoEvent } from './demoTypes'
import { stockholmInstant } from './eventTimes'

const DAY = 24 * 60 * 60 * 1000
const MINUTE = 60 * 1000

const stockholmDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  dateStyle: 'short',
})

/** The event's times, from the seed's "now": start, end, an earlier start and the form's close. */
export function demoEventTimes(demo: DemoEvent, now: Date) {
  const startsAt = stockholmInstant(now, demo.inDays, demo.startsAt)
  const endsAt = new Date(startsAt.getTime() + demo.minutes * MINUTE)
  const previousStartsAt =
    demo.previousInDays === undefined
      ? undefined
      : stockholmInstant(now, demo.previousInDays, demo.startsAt)
  const closesAt =
    demo.registration.mode === 'form' && demo.registration.closesDaysBefore !== undefined
      ? new Date(startsAt.getTime() - demo.registration.closesDaysBefore * DAY)
      : undefined
  return { startsAt, endsAt, previousStartsAt, closesAt }
}

export interface SeedEventsContext {
  author: (key: string) => Author
  article: (key: string) => Article
  category: (slug: string) => Category
  topic: (slug: string) => Topic
  editor: User
  now: Date
}

/**
 * The demo's events (with a generated PDF presentation where one is written), the type
 * statements, a few registrations and readers' page feedback.
 */
export async function seedEvents(payload: Payload, context: SeedEventsContext): Promise<void> {
  const { author, article, category, topic, editor, now } = context
  const write = { overrideAccess: true, depth: 0, context: { skipSiteWebhook: true } } as const

  const events = new Map<string, Event>()
  let documents = 0
  for (const demo of demoEvents) {
    const times = demoEventTimes(demo, now)
    const documentIds: string[] = []
    if (demo.presentation) {
      const pdf = await createPresentation({
        title: `${demo.presentation.title}: ${demo.title}`,
        slides: demo.presentation.slides,
        footer: demo.title,
      })
      const document = await payload.create({
        collection: 'documents',
        data: { title: demo.presentation.title },
        file: {
          data: pdf,
          mimetype: 'application/pdf',
          name: `${demo.key}-presentation.pdf`,
          size: pdf.length,
        },
        ...write,
      })
      documentIds.push(document.id)
      documents++
    }
    const { registration } = demo
    const doc = await payload.create({
      collection: 'events',
      draft: false,
      data: {
        _status: 'published',
        sessionCode: demo.sessionCode,
        title: demo.title,
        slug: slugify(demo.title),
        summary: demo.summary,
        description: textToLexical(demo.description),
        practicalNotes: demo.practicalNotes,
        speakers: demo.speakers.map((speaker) =>
          'author' in speaker
            ? { author: author(speaker.author).id, role: speaker.role }
            : { name: speaker.name, role: speaker.role },
        ),
        organisers: demo.organisers,
        startsAt: times.startsAt.toISOString(),
        endsAt: times.endsAt.toISOString(),
        previousStartsAt: times.previousStartsAt?.toISOString(),
        attendance: demo.attendance,
        venue: demo.venue,
        joinUrl: demo.joinUrl,
        documents: documentIds,
        video: demo.video,
        registration: {
          mode: registration.mode,
          ...(registration.mode === 'contact' && {
            contactName: registration.contactName,
            contactEmail: registration.contactEmail,
          }),
          ...(registration.mode === 'url' && { url: registration.url }),
          ...(registration.mode === 'form' && {
            capacity: registration.capacity,
            closesAt: times.closesAt?.toISOString(),
          }),
        },
        relatedArticles: (demo.related ?? []).map((key) => article(key).id),
        eventStatus: demo.eventStatus,
        category: demo.category ? category(demo.category).id : undefined,
        topics: demo.topic ? [topic(demo.topic).id] : [],
        // Announced some weeks before it takes place, never after the seed.
        publishedAt: new Date(
          Math.min(now.getTime(), times.startsAt.getTime() - 30 * DAY),
        ).toISOString(),
        createdBy: editor.id,
      },
      ...write,
    })
    events.set(demo.key, doc)
  }
  const event = (key: string) => {
    const doc = events.get(key)
    if (!doc) throw new Error(`Demo content refers to an unknown event "${key}"`)
    return doc
  }
  info(`${events.size} events, ${documents} presentation${documents === 1 ? '' : 's'} (PDF)`)

  await payload.updateGlobal({ slug: 'type-statements', data: demoTypeStatements, ...write })

  for (const registration of demoEventRegistrations) {
    await payload.create({
      collection: 'registrations',
      data: { ...registration, event: event(registration.event).id },
      ...write,
    })
  }
  for (const feedback of demoPageFeedback) {
    const page =
      'event' in feedback.on
        ? eventPath(event(feedback.on.event).slug)
        : articlePath(article(feedback.on.article).slug)
    await payload.create({
      collection: 'page-feedback',
      data: {
        page,
        day: stockholmDay.format(new Date(now.getTime() - feedback.daysAgo * DAY)),
        answer: feedback.answer,
        text: feedback.text,
      },
      ...write,
    })
  }
  info(
    `type statements for ${Object.keys(demoTypeStatements).length} article types, ${demoEventRegistrations.length} registrations, ${demoPageFeedback.length} page-feedback answers`,
  )
}
