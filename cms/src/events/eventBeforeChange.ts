import type { Event } from '@redaktion/content-schemas/payload-types'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { eventProblems, type EventInput } from './eventProblems'
import { peekLiveBefore, readLiveEvent, rememberLiveBefore } from './liveEvent'

type EventData = Partial<Event> & Record<string, unknown>

/** The event as it will be saved: a PATCH sends only what changed, groups included. */
function merged(data: EventData, originalDoc?: EventData): EventData {
  if (!originalDoc) return data
  const group = (name: 'venue' | 'registration' | 'video') => ({
    ...(originalDoc[name] ?? {}),
    ...(data[name] ?? {}),
  })
  return {
    ...originalDoc,
    ...data,
    venue: group('venue'),
    registration: group('registration'),
    video: group('video'),
  } as EventData
}

/** Notes what the site shows of the event before the change (for deliveries and moves). */
export const rememberLiveEvent: CollectionBeforeChangeHook<Event> = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update' && originalDoc?.id) {
    rememberLiveBefore(context, originalDoc.id, await readLiveEvent(req, originalDoc.id))
  }
  return data
}

/**
 * What is checked when an event goes (or stays) live; drafts are saved as they are, like
 * articles. Messages are Swedish and name the field; nothing is saved when one fails.
 */
export const validateEvent: CollectionBeforeChangeHook<Event> = ({ data, originalDoc, req }) => {
  const event = merged(data as EventData, originalDoc as EventData | undefined)
  if (event._status !== 'published') return data
  const problems = eventProblems(event as EventInput)
  if (problems.length) throw new ValidationError({ collection: 'events', errors: problems, req })
  return data
}

/**
 * The permalink is fixed once the event has been published: readers, calendars and shared links
 * hold it. (Articles keep a redirect instead; redirects point at articles only.)
 */
export const keepPublishedSlug: CollectionBeforeChangeHook<Event> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.publishedAt) return data
  if (data.slug === undefined || data.slug === originalDoc.slug) return data
  throw new ValidationError({
    collection: 'events',
    errors: [
      {
        path: 'slug',
        message:
          'Slug (permalänk): kan inte ändras efter att evenemanget har publicerats. Länkar och kalendrar pekar på den.',
      },
    ],
    req,
  })
}

/**
 * When an editor moves a live event's start and marks it Flyttat, the start readers last saw
 * becomes "Tidigare starttid" unless one was given with the change.
 */
export const keepPreviousStart: CollectionBeforeChangeHook<Event> = ({
  context,
  data,
  originalDoc,
}) => {
  if (!originalDoc?.id) return data
  const event = merged(data as EventData, originalDoc as EventData)
  const live = peekLiveBefore(context, originalDoc.id)
  if (event._status !== 'published' || event.eventStatus !== 'rescheduled' || !live) return data
  const isMoved =
    Boolean(event.startsAt) && Date.parse(event.startsAt!) !== Date.parse(live.startsAt)
  const isGiven =
    data.previousStartsAt !== undefined && data.previousStartsAt !== originalDoc.previousStartsAt
  if (isMoved && !isGiven) data.previousStartsAt = live.startsAt
  return data
}
