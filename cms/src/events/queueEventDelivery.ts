import type { Event } from '@redaktion/content-schemas/payload-types'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { queueSiteDelivery, shouldAnnounce } from '../siteWebhook/queueSiteDelivery'
import { queueEventEnded } from './announceEventEnded'
import { readLiveEvent, takeLiveBefore } from './liveEvent'

/**
 * Announces a publish, an edit of a published event and an unpublish, like articles, and
 * queues the job for the event's end. Drafts and autosaves leave the live event alone.
 */
export const queueEventDelivery: CollectionAfterChangeHook<Event> = async ({
  context,
  doc,
  req,
}) => {
  const before = takeLiveBefore(context, doc.id)
  if (doc._status === 'published') {
    // The end job runs even without a site webhook: it is what the webhook hears from.
    if (!before || Date.parse(before.endsAt) !== Date.parse(doc.endsAt)) {
      await queueEventEnded(req, doc)
    }
    await queueSiteDelivery({
      req,
      event: before ? 'update' : 'publish',
      collection: 'events',
      ids: [doc.id],
      slugs: [doc.slug, before?.slug],
    })
    return doc
  }
  if (!shouldAnnounce(req) || !before || (await readLiveEvent(req, doc.id))) return doc
  await queueSiteDelivery({
    req,
    event: 'unpublish',
    collection: 'events',
    ids: [doc.id],
    slugs: [before.slug, doc.slug],
  })
  return doc
}

/** A deleted event that was published leaves the site. */
export const queueEventDeletion: CollectionAfterDeleteHook<Event> = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  await queueSiteDelivery({
    req,
    event: 'delete',
    collection: 'events',
    ids: [doc.id],
    slugs: [doc.slug],
  })
  return doc
}
