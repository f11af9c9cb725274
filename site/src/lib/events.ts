// Events as the pages use them: the raw document with its relations resolved, and the pure
// rules that depend on the build's time (upcoming or past, registration open or closed).
import { compareIds, type Id } from '@redaktion/content-schemas/ids'
import type {
  Author,
  Category,
  Document,
  Event,
  Topic,
  Video,
} from '@redaktion/content-schemas/payload-types'
import type { RegistrationPlaces } from '@redaktion/content-schemas/submissions'

export interface EventSpeaker {
  name: string
  role: string | null
  /**
   * The author page's slug, for speakers who are the magazine's own authors and have a page
   * (an author without published articles has none).
   */
  authorSlug: string | null
}

/** An event with its relations resolved. */
export interface SiteEvent extends Omit<
  Event,
  'speakers' | 'documents' | 'video' | 'category' | 'topics' | 'relatedArticles' | 'createdBy'
> {
  speakers: EventSpeaker[]
  documents: Document[]
  video: { url: string | null; file: Video | null; title: string | null }
  category: Category | null
  topics: Topic[]
  relatedIds: Id[]
}

/** What an event page shows that depends on the build's time and the registrations. */
export interface EventState {
  isPast: boolean
  /** Whether the page offers registration (open, not cancelled, not past). */
  isRegistrationOpen: boolean
  /** Registrations on the site: the places answer, when the CMS gave one. */
  places: Pick<RegistrationPlaces, 'capacity' | 'placesLeft' | 'waitlistLength'> | null
}

const idOf = (value: Id | { id: Id } | null | undefined): Id | null =>
  value == null ? null : typeof value === 'object' ? value.id : value

/** Resolves an event's relations from the newsroom's lookups; missing documents drop out. */
export function resolveEvent(
  event: Event,
  lookups: {
    authorById: Map<Id, Author>
    documentById: Map<Id, Document>
    videoById: Map<Id, Video>
    categoryById: Map<Id, Category>
    topicById: Map<Id, Topic>
    /** Whether the author has a page: a published article. */
    hasAuthorPage: (id: Id) => boolean
  },
): SiteEvent {
  const {
    speakers = [],
    documents = [],
    video,
    category,
    topics = [],
    relatedArticles = [],
    createdBy: _createdBy,
    ...rest
  } = event
  const fileId = idOf(video?.file)
  return {
    ...rest,
    speakers: (speakers ?? []).flatMap((speaker) => {
      const author = lookups.authorById.get(idOf(speaker.author) ?? '')
      const name = speaker.name?.trim() || author?.name
      if (!name) return []
      const authorSlug = author && lookups.hasAuthorPage(author.id) ? author.slug : null
      return [{ name, role: speaker.role?.trim() || null, authorSlug }]
    }),
    documents: (documents ?? []).flatMap((doc) => lookups.documentById.get(idOf(doc)!) ?? []),
    video: {
      url: video?.url?.trim() || null,
      file: fileId ? (lookups.videoById.get(fileId) ?? null) : null,
      title: video?.title?.trim() || null,
    },
    category: lookups.categoryById.get(idOf(category) ?? '') ?? null,
    topics: (topics ?? []).flatMap((topic) => lookups.topicById.get(idOf(topic)!) ?? []),
    relatedIds: (relatedArticles ?? []).flatMap((article) => idOf(article) ?? []),
  }
}

/** An event is upcoming until it ends. */
export const isUpcoming = (event: Pick<Event, 'endsAt'>, now: number) =>
  Date.parse(event.endsAt) > now

/** When registration closes: its own time, else when the event starts. */
export const registrationClosesAt = (event: Pick<Event, 'startsAt' | 'registration'>) =>
  Date.parse(event.registration?.closesAt || event.startsAt)

/** The page's time-dependent state at `now`. */
export function eventState(
  event: Pick<Event, 'endsAt' | 'startsAt' | 'registration' | 'eventStatus'>,
  now: number,
  places: RegistrationPlaces | null,
): EventState {
  const isPast = !isUpcoming(event, now)
  const isRegistrationOpen =
    event.registration?.mode !== 'none' &&
    event.eventStatus !== 'cancelled' &&
    event.eventStatus !== 'completed' &&
    !isPast &&
    registrationClosesAt(event) > now &&
    (places?.isOpen ?? true)
  return {
    isPast,
    isRegistrationOpen,
    places:
      event.registration?.mode === 'form'
        ? places
          ? {
              capacity: places.capacity,
              placesLeft: places.placesLeft,
              waitlistLength: places.waitlistLength,
            }
          : {
              capacity: event.registration.capacity ?? null,
              placesLeft: null,
              waitlistLength: 0,
            }
        : null,
  }
}

const byStart = (a: Pick<Event, 'startsAt' | 'id'>, b: Pick<Event, 'startsAt' | 'id'>) =>
  a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : compareIds(a.id, b.id)

const stockholmYearFormat = new Intl.DateTimeFormat('sv-SE', {
  year: 'numeric',
  timeZone: 'Europe/Stockholm',
})

/**
 * The year of an ISO time in Stockholm. Stockholm is one or two hours ahead of UTC, so the
 * year differs from the UTC year only on the last day of a UTC year; only then is the time
 * zone asked (the search page asks for every article's year: a formatter per call took
 * 0.8 s of every publish at 10,000 articles).
 */
export function stockholmYear(iso: string): number {
  const date = new Date(iso)
  if (date.getUTCMonth() !== 11 || date.getUTCDate() !== 31) return date.getUTCFullYear()
  return Number(stockholmYearFormat.format(date))
}

/**
 * "Kommande" (nearest first) and "Tidigare" (by the year they started, newest year first, and
 * newest first within it): an event is upcoming until its end.
 */
export function splitEvents<T extends Pick<Event, 'startsAt' | 'endsAt' | 'id'>>(
  events: T[],
  now: number,
): { upcoming: T[]; past: { year: number; events: T[] }[] } {
  const upcoming = events.filter((event) => isUpcoming(event, now)).sort(byStart)
  const past = events.filter((event) => !isUpcoming(event, now)).sort((a, b) => byStart(b, a))
  const years = new Map<number, T[]>()
  for (const event of past) {
    const year = stockholmYear(event.startsAt)
    years.set(year, [...(years.get(year) ?? []), event])
  }
  return {
    upcoming,
    past: [...years].map(([year, list]) => ({ year, events: list })),
  }
}

/**
 * Events shown on an article: those that name it, then those sharing a topic (an editor's
 * choice is never crowded out by the series); upcoming ones (nearest first within each), or if
 * none is to come, the most recent past ones.
 */
export function eventsForArticle<T extends SiteEvent>(
  article: { id: Id; topics: { id: Id }[] },
  index: EventIndex<T>,
  now: number,
  count = 3,
): T[] {
  const named = new Set<T>(index.byArticle.get(article.id) ?? [])
  const byTopic = new Set<T>()
  for (const topic of article.topics)
    for (const event of index.byTopic.get(topic.id) ?? []) if (!named.has(event)) byTopic.add(event)
  const [first, second] = [splitEvents([...named], now), splitEvents([...byTopic], now)]
  const upcoming = [...first.upcoming, ...second.upcoming]
  const pastOf = (split: typeof first) => split.past.flatMap((year) => year.events)
  const list = upcoming.length ? upcoming : [...pastOf(first), ...pastOf(second)]
  return list.slice(0, count)
}

export interface EventIndex<T> {
  byArticle: Map<Id, T[]>
  byTopic: Map<Id, T[]>
}

/** Lookups from articles and topics to the events that relate to them, made once a build. */
export function buildEventIndex<T extends SiteEvent>(events: T[]): EventIndex<T> {
  const byArticle = new Map<Id, T[]>()
  const byTopic = new Map<Id, T[]>()
  const add = (map: Map<Id, T[]>, id: Id, event: T) => map.set(id, [...(map.get(id) ?? []), event])
  for (const event of events) {
    for (const id of event.relatedIds) add(byArticle, id, event)
    for (const topic of event.topics) add(byTopic, topic.id, event)
  }
  return { byArticle, byTopic }
}

/** "Salong 1, Folkan", "Digitalt", or "Salong 1, Folkan och digitalt" (without the address). */
export function venueLabel(event: Pick<SiteEvent, 'attendance' | 'venue'>): string {
  const place = [event.venue?.room, event.venue?.name].filter((part) => part?.trim()).join(', ')
  if (event.attendance === 'online' || !place) return 'Digitalt'
  return event.attendance === 'mixed' ? `${place} och digitalt` : place
}

/** The badge a list shows beside an event that did not stay as planned. */
export const statusBadge = (event: Pick<SiteEvent, 'eventStatus'>) =>
  event.eventStatus === 'cancelled'
    ? 'Inställt'
    : event.eventStatus === 'rescheduled'
      ? 'Flyttat'
      : null

/**
 * "Ett samarrangemang mellan utredningen och Malmö universitet.": the organisers field as the
 * editor wrote it (a sentence or just the names).
 */
export function organisersLine(organisers: string | null | undefined): string | null {
  const text = organisers?.trim().replace(/\.$/, '')
  if (!text) return null
  const sentence = /^(ett|en)\s/i.test(text) ? text : `ett samarrangemang mellan ${text}`
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`
}
