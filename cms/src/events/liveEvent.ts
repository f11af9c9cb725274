import type { Event } from '@redaktion/content-schemas/payload-types'
import type { PayloadRequest } from 'payload'

/** What the public site shows of an event: its slug and times while published, or nothing. */
export type LiveEvent = Pick<Event, 'slug' | 'startsAt' | 'endsAt'> | null

/**
 * The event's live row (drafts are saved as versions only), or null when it is not published.
 * `originalDoc` in a hook cannot tell: it is the newest version, a draft whenever edits wait.
 */
export async function readLiveEvent(req: PayloadRequest, id: number | string): Promise<LiveEvent> {
  const live = (await req.payload.db.findOne({
    collection: 'events',
    where: { id: { equals: id } },
    select: { _status: true, slug: true, startsAt: true, endsAt: true },
    req,
  })) as Pick<Event, '_status' | 'slug' | 'startsAt' | 'endsAt'> | null
  if (live?._status !== 'published') return null
  return { slug: live.slug, startsAt: live.startsAt, endsAt: live.endsAt }
}

const liveKey = (id: number | string) => `events:liveBefore:${id}`

/** The live state noted before this change by `rememberLiveEvent`, read once. */
export function takeLiveBefore(context: Record<string, unknown>, id: number | string): LiveEvent {
  const key = liveKey(id)
  const before = (context[key] as LiveEvent | undefined) ?? null
  delete context[key]
  return before
}

export function rememberLiveBefore(
  context: Record<string, unknown>,
  id: number | string,
  live: LiveEvent,
): void {
  context[liveKey(id)] = live
}

export function peekLiveBefore(context: Record<string, unknown>, id: number | string): LiveEvent {
  return (context[liveKey(id)] as LiveEvent | undefined) ?? null
}
