import type { APIRoute } from 'astro'

import { CALENDAR_HEADERS, calendarIcs } from '../../lib/calendar'
import { getNewsroom } from '../../lib/cms'
import { splitEvents } from '../../lib/events'

/** Every upcoming event (cancelled ones too, so that subscribed calendars mark them). */
export const GET: APIRoute = async ({ site }) => {
  const newsroom = await getNewsroom()
  const { upcoming } = splitEvents(newsroom.events, newsroom.now)
  return new Response(calendarIcs(upcoming, site!), { headers: CALENDAR_HEADERS })
}
