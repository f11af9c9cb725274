import type { APIRoute } from 'astro'

import { CALENDAR_HEADERS, calendarIcs } from '../../../lib/calendar'
import { getNewsroom } from '../../../lib/cms'
import type { SiteEvent } from '../../../lib/events'
import { eventCalendarPaths } from '../../../lib/eventsPages'

export const getStaticPaths = async () => eventCalendarPaths(await getNewsroom())

export const GET: APIRoute = ({ props, site }) => {
  const { event } = props as { event: SiteEvent }
  return new Response(calendarIcs([event], site!, event.title), { headers: CALENDAR_HEADERS })
}
