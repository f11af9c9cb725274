// Static paths and page keys of the event pages, their calendar files and the uploaded files
// pages link to. Each page's props hold everything it renders, including what depends on the
// build's time (past or upcoming, registration open), so its key changes exactly when it does:
// an event that ends changes its own page when its delivery arrives, not every build.
import type { Document, Video } from '@redaktion/content-schemas/payload-types'

import type { Newsroom, SiteArticle } from './cms'
import { bodyReferences } from './bodyReferences'
import { eventState, type EventState, type SiteEvent } from './events'
import { documentPath, usedFiles, videoPath } from './eventsFiles'
import { layoutData } from './layout'
import { selectPages } from './pageKeys'

export const EVENTS_PATH = '/evenemang/'
/** The subscribable calendar of every upcoming event. */
export const CALENDAR_PATH = '/evenemang/kalender.ics'
export const eventPath = (slug: string) => `${EVENTS_PATH}${slug}/`
/** One event's calendar file ("Lägg till i kalender"). */
export const eventCalendarPath = (slug: string) => `${EVENTS_PATH}${slug}/kalender.ics`

export interface EventPageProps {
  event: SiteEvent
  state: EventState
  related: SiteArticle[]
}

/** Each event's state at the build's time, once per newsroom. */
const states = new WeakMap<Newsroom, Map<SiteEvent, EventState>>()
export function stateOf(newsroom: Newsroom, event: SiteEvent): EventState {
  let map = states.get(newsroom)
  if (!map) states.set(newsroom, (map = new Map()))
  let state = map.get(event)
  if (!state) {
    state = eventState(event, newsroom.now, newsroom.registrationPlaces.get(event.id) ?? null)
    map.set(event, state)
  }
  return state
}

/** Static paths for /evenemang/<slug>/. */
export function eventPaths(newsroom: Newsroom) {
  const pages = newsroom.events.map((event) => ({
    params: { slug: event.slug },
    props: {
      event,
      state: stateOf(newsroom, event),
      related: event.relatedIds.flatMap((id) => newsroom.related.byId.get(id) ?? []),
    } satisfies EventPageProps,
  }))
  return selectPages('event', pages, {
    pathOf: (page) => eventPath(page.params.slug),
    shared: layoutData(newsroom),
  })
}

/** Static paths for /evenemang/<slug>/kalender.ics. */
export function eventCalendarPaths(newsroom: Newsroom) {
  const pages = newsroom.events.map((event) => ({
    params: { slug: event.slug },
    props: { event },
  }))
  return selectPages('eventCalendar', pages, {
    pathOf: (page) => eventCalendarPath(page.params.slug),
    shared: null,
  })
}

/** The documents published pages use: events' and article bodies'. */
export function usedDocuments(newsroom: Newsroom): Document[] {
  // Most bodies name none: only those that do make a list (a list per article was a
  // hundred thousand lists on every publish).
  const fromBodies: Document[][] = []
  for (const article of newsroom.articles) {
    const { documentIds } = bodyReferences(article.body)
    if (documentIds.length)
      fromBodies.push(documentIds.flatMap((id) => newsroom.documentById.get(id) ?? []))
  }
  return usedFiles([...newsroom.events.map((event) => event.documents), ...fromBodies])
}

/** The videos published events use. */
export function usedVideos(newsroom: Newsroom): Video[] {
  return usedFiles(newsroom.events.map((event) => (event.video.file ? [event.video.file] : [])))
}

/** What a copied file's key is made of: a new upload under the same id changes it. */
const fileKey = (file: Document | Video) => ({
  id: file.id,
  filename: file.filename,
  filesize: file.filesize,
  updatedAt: file.updatedAt,
  url: file.url,
})

/** Static paths for /dokument/<id>/<filename> and /video/<id>/<filename>. */
export function filePaths(newsroom: Newsroom, kind: 'document' | 'video') {
  const files = kind === 'document' ? usedDocuments(newsroom) : usedVideos(newsroom)
  const pathOf = kind === 'document' ? documentPath : videoPath
  const pages = files.map((file) => {
    const [, , id, filename] = pathOf(file).split('/')
    return { params: { id: id!, filename: filename! }, props: { file: fileKey(file) } }
  })
  return selectPages(kind, pages, {
    pathOf: (page) =>
      `/${kind === 'document' ? 'dokument' : 'video'}/${page.params.id}/${page.params.filename}`,
    shared: null,
  })
}
