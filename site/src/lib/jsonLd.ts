import { DateTime } from 'luxon'

import { PUBLISHER, SITE_TITLE } from '../consts'
import type { SiteArticle } from './cms'
import type { EventState, SiteEvent } from './events'
import { eventPath } from './eventsPages'
import { articlePath, authorPath } from './paths'

/** schema.org NewsArticle for an article page, with its corrections. */
export function newsArticleJsonLd(article: SiteArticle, siteUrl: URL, imageUrl: string | null) {
  const url = new URL(articlePath(article.slug), siteUrl).href
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lead ?? undefined,
    url,
    mainEntityOfPage: url,
    inLanguage: 'sv-SE',
    articleSection: article.category.title,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    image: imageUrl ? [imageUrl] : undefined,
    author: article.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: new URL(authorPath(author.slug), siteUrl).href,
    })),
    publisher: {
      '@type': 'Organization',
      name: PUBLISHER,
      url: siteUrl.href,
      alternateName: SITE_TITLE,
    },
    correction: article.corrections.length
      ? article.corrections.map((correction) => ({
          '@type': 'CorrectionComment',
          text: correction.notice,
          datePublished: correction.noticePublishedAt,
        }))
      : undefined,
  }
}

/** An ISO time with Stockholm's offset: "2026-05-31T14:00:00+02:00". */
export const stockholmIso = (iso: string) =>
  DateTime.fromISO(iso, { zone: 'utc' })
    .setZone('Europe/Stockholm')
    .toISO({ suppressMilliseconds: true })!

const ATTENDANCE_MODES = {
  onsite: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const

/**
 * schema.org eventStatus: cancelled and rescheduled say so whenever the event is; a planned
 * event is EventScheduled only while it is to come. A past event is never "scheduled": it has
 * no status (schema.org has none for "took place", and EventScheduled would tell search
 * engines it is still to come); neither has a future one marked completed.
 */
export function eventStatusOf(
  event: Pick<SiteEvent, 'eventStatus'>,
  state: Pick<EventState, 'isPast'>,
): string | undefined {
  if (event.eventStatus === 'cancelled') return 'https://schema.org/EventCancelled'
  if (event.eventStatus === 'rescheduled') return 'https://schema.org/EventRescheduled'
  if (event.eventStatus === 'planned' && !state.isPast) return 'https://schema.org/EventScheduled'
  return undefined
}

/** schema.org Event for an event page. */
export function eventJsonLd(event: SiteEvent, state: EventState, siteUrl: URL) {
  const url = new URL(eventPath(event.slug), siteUrl).href
  const { name: venueName, room, address } = event.venue ?? {}
  const place = {
    '@type': 'Place',
    name: [room, venueName].filter(Boolean).join(', ') || undefined,
    address: address
      ? { '@type': 'PostalAddress', streetAddress: address, addressCountry: 'SE' }
      : undefined,
  }
  const virtual = { '@type': 'VirtualLocation', url: event.joinUrl || url }
  const location =
    event.attendance === 'online'
      ? virtual
      : event.attendance === 'mixed'
        ? [place, virtual]
        : place
  const registrationUrl =
    event.registration.mode === 'url' && event.registration.url
      ? event.registration.url
      : `${url}#anmalan`
  const offers =
    state.isRegistrationOpen &&
    (event.registration.mode === 'url' || event.registration.mode === 'form')
      ? {
          '@type': 'Offer',
          url: registrationUrl,
          price: 0,
          priceCurrency: 'SEK',
          availability:
            state.places?.placesLeft === 0
              ? 'https://schema.org/SoldOut'
              : 'https://schema.org/InStock',
          validThrough: stockholmIso(event.registration.closesAt || event.startsAt),
        }
      : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: [event.sessionCode, event.title].filter(Boolean).join(' '),
    description: event.summary ?? undefined,
    url,
    inLanguage: 'sv-SE',
    startDate: stockholmIso(event.startsAt),
    endDate: stockholmIso(event.endsAt),
    eventStatus: eventStatusOf(event, state),
    previousStartDate:
      event.eventStatus === 'rescheduled' && event.previousStartsAt
        ? stockholmIso(event.previousStartsAt)
        : undefined,
    eventAttendanceMode: ATTENDANCE_MODES[event.attendance],
    location,
    organizer: { '@type': 'Organization', name: PUBLISHER, url: siteUrl.href },
    performer: event.speakers.length
      ? event.speakers.map((speaker) => ({
          '@type': 'Person',
          name: speaker.name,
          jobTitle: speaker.role ?? undefined,
          url: speaker.authorSlug
            ? new URL(authorPath(speaker.authorSlug), siteUrl).href
            : undefined,
        }))
      : undefined,
    offers,
  }
}

/** JSON for a <script type="application/ld+json">, safe against a closing tag in the data. */
export const jsonLdScript = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c')
