// Where the deliveries that named a document stand, for POST /live ("Live på webbplatsen kl.
// 14:02:03"): a pure record, updated as the publisher accepts, builds and releases changes,
// and persisted beside the queue (queueStore.ts) so that a restarted publisher still knows.
// Bounded (LIVE_RECORD_LIMITS): the newest 5 deliveries of each document, and the 5,000
// documents named most recently (older ones answer `unknown`).
import type { DocumentLive, LiveQuery, LiveState } from '@redaktion/content-schemas/preview'

import type { Change } from './changeQueue'

export const LIVE_RECORD_LIMITS = { perDocument: 5, documents: 5000 }

/** One delivery as one document's record of it. */
export interface DeliveryRecord {
  deliveryId: string
  /** The delivery's `time`. */
  changedAt: string
  state: Exclude<LiveState, 'unknown'>
  liveAt: string | null
  releaseId: string | null
  error: string | null
}

/** Per document (`<collection>/<id>`), its deliveries newest first; documents oldest first. */
export type LiveRecords = Record<string, DeliveryRecord[]>

const keyOf = (collection: string, id: string) => `${collection}/${id}`

/** A delivery's documents are pending from now; the oldest documents are forgotten. */
export function recordDelivery(
  records: LiveRecords,
  change: Change,
  limits = LIVE_RECORD_LIMITS,
): LiveRecords {
  if (change.collection === '*' || change.ids.length === 0) return records
  const next = { ...records }
  for (const id of change.ids) {
    const key = keyOf(change.collection, id)
    const earlier = next[key] ?? []
    // Deleted and set again: the document moves to the end, the most recently named.
    delete next[key]
    next[key] = [
      {
        deliveryId: change.deliveryId,
        changedAt: change.time,
        state: 'pending' as const,
        liveAt: null,
        releaseId: null,
        error: null,
      },
      ...earlier.filter((record) => record.deliveryId !== change.deliveryId),
    ].slice(0, limits.perDocument)
  }
  const keys = Object.keys(next)
  for (const key of keys.slice(0, Math.max(0, keys.length - limits.documents))) delete next[key]
  return next
}

/** The records of these deliveries, changed by `update`. */
export function updateDeliveries(
  records: LiveRecords,
  deliveryIds: ReadonlySet<string>,
  update: Pick<DeliveryRecord, 'state'> & Partial<DeliveryRecord>,
): LiveRecords {
  const next: LiveRecords = {}
  for (const [key, deliveries] of Object.entries(records))
    next[key] = deliveries.some((record) => deliveryIds.has(record.deliveryId))
      ? deliveries.map((record) =>
          deliveryIds.has(record.deliveryId) ? { ...record, ...update } : record,
        )
      : deliveries
  return next
}

/** After a restart nothing is building: an interrupted build's deliveries are pending again. */
export function recoverLiveRecords(records: LiveRecords): LiveRecords {
  const building = new Set(
    Object.values(records).flatMap((deliveries) =>
      deliveries.filter((record) => record.state === 'building').map((r) => r.deliveryId),
    ),
  )
  return updateDeliveries(records, building, { state: 'pending' })
}

/** Where the newest delivery that named each asked-for document stands. */
export function liveOf(records: LiveRecords, { collection, ids }: LiveQuery): DocumentLive[] {
  return ids.map((id) => {
    const newest = records[keyOf(collection, id)]?.[0]
    if (!newest)
      return { id, state: 'unknown', changedAt: null, liveAt: null, releaseId: null, error: null }
    const { state, changedAt, liveAt, releaseId, error } = newest
    return { id, state, changedAt, liveAt, releaseId, error }
  })
}
