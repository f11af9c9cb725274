import type { Registration } from '@redaktion/content-schemas/payload-types'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { queueSiteDelivery } from '../siteWebhook/queueSiteDelivery'
import { countRegistrations, findEvent, idOf } from './registrationQueries'
import { seatOf } from './registrationRules'

type Keys = { place?: string | null }

/** Set while a promotion saves the promoted registration, so it is not announced twice. */
const PROMOTING = 'registrationPromotion'

/**
 * After a registration is stored or changes status: a place given up (cancelled, moved to the
 * waiting list, deleted) goes to the first on the waiting list, who is mailed; and the event's
 * page is rebuilt, so "N platser kvar" follows. Both are written with the change's own request,
 * so they happen only if the change is committed.
 */
export const afterRegistrationChange: CollectionAfterChangeHook<Registration & Keys> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (req.context[PROMOTING]) return doc
  const statusChanged = operation === 'create' || previousDoc?.status !== doc.status
  if (!statusChanged) return doc
  const eventId = idOf(doc.event)
  if (operation === 'update' && previousDoc?.status === 'confirmed') {
    await promoteFromWaitlist({ req, eventId, seatKey: previousDoc.place ?? null })
  }
  await announce(req, eventId)
  return doc
}

export const afterRegistrationDelete: CollectionAfterDeleteHook<Registration & Keys> = async ({
  doc,
  req,
}) => {
  const eventId = idOf(doc.event)
  if (doc.status === 'confirmed') {
    await promoteFromWaitlist({ req, eventId, seatKey: doc.place ?? null })
  }
  if (doc.status !== 'cancelled') await announce(req, eventId)
  return doc
}

/**
 * Gives a freed place to whoever has waited longest, while the event still takes people: not
 * when it is cancelled or over, nor while confirmed registrations still fill the capacity (an
 * editor may have lowered it).
 */
async function promoteFromWaitlist({
  req,
  eventId,
  seatKey,
}: {
  req: PayloadRequest
  eventId: string
  seatKey: string | null
}): Promise<void> {
  const { payload } = req
  const event = await findEvent(payload, eventId, req)
  if (!event || event.eventStatus === 'cancelled' || new Date(event.endsAt) <= new Date()) return
  const capacity = event.registration?.capacity ?? null
  const { confirmed } = await countRegistrations(payload, eventId, req)
  if (capacity !== null && confirmed >= capacity) return
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { and: [{ event: { equals: eventId } }, { status: { equals: 'waitlisted' } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const next = docs[0]
  if (!next) return
  req.context[PROMOTING] = true
  try {
    await payload.update({
      collection: 'registrations',
      id: next.id,
      // The freed seat, when there was one; otherwise the keys hook finds the lowest free one.
      data: {
        status: 'confirmed',
        ...(seatOf(eventId, seatKey) === null ? {} : { place: seatKey }),
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
  } finally {
    delete req.context[PROMOTING]
  }
  await payload.jobs.queue({
    task: 'sendRegistrantMail',
    input: { reference: String(next.reference), reason: 'promoted' },
    req,
  })
  payload.logger.info(`Registration ${next.reference} moved from the waiting list to a place`)
}

async function announce(req: PayloadRequest, eventId: string): Promise<void> {
  const event = await findEvent(req.payload, eventId, req)
  // A past event's page shows no places; the retention job's deletions need no rebuild.
  if (event?._status !== 'published' || new Date(event.endsAt) <= new Date()) return
  await queueSiteDelivery({
    req,
    event: 'update',
    collection: 'events',
    ids: [eventId],
    slugs: [event.slug],
  })
}
