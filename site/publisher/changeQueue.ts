import type { SiteWebhookBody } from '@redaktion/content-schemas/siteWebhook'

/**
 * One accepted delivery: what changed, as the CMS described it, or the publisher's own first
 * build (`initial`, collection `*`: everything).
 */
export type Change = Omit<SiteWebhookBody, 'event'> & {
  event: SiteWebhookBody['event'] | 'initial'
}

/**
 * The publisher's whole memory, persisted after every transition: changes waiting for a build,
 * the changes of the build under way (kept until it succeeds, so a publisher killed mid-build
 * builds them again on restart) and the delivery ids already accepted, with when.
 */
export interface QueueState {
  pending: Change[]
  building: Change[] | null
  seen: Record<string, number>
}

export const emptyQueue = (): QueueState => ({ pending: [], building: null, seen: {} })

/** Adds a delivery unless its id was accepted before (the CMS retries until it gets a 2xx). */
export function acceptChange(
  state: QueueState,
  change: Change,
  nowMs: number,
): { state: QueueState; isDuplicate: boolean } {
  if (change.deliveryId in state.seen) return { state, isDuplicate: true }
  return {
    state: {
      ...state,
      pending: [...state.pending, change],
      seen: { ...state.seen, [change.deliveryId]: nowMs },
    },
    isDuplicate: false,
  }
}

/** Moves every pending change into the build that starts now: one build, however many. */
export function startBuild(state: QueueState): QueueState {
  if (state.building) throw new Error('A build is already running')
  return { ...state, pending: [], building: state.pending }
}

/** A failed build's changes wait again, ahead of newer ones, for the next build. */
export function finishBuild(state: QueueState, { isSuccess }: { isSuccess: boolean }): QueueState {
  const built = state.building ?? []
  return {
    ...state,
    building: null,
    pending: isSuccess ? state.pending : [...built, ...state.pending],
  }
}

/** After a restart nothing is building: an interrupted build's changes are pending again. */
export function recoverQueue(state: QueueState): QueueState {
  return finishBuild(state, { isSuccess: false })
}

/** Forgets delivery ids older than `ttlMs`; their signatures went stale long before. */
export function pruneSeen(state: QueueState, nowMs: number, ttlMs: number): QueueState {
  const seen = Object.fromEntries(
    Object.entries(state.seen).filter(([, acceptedAt]) => acceptedAt > nowMs - ttlMs),
  )
  return { ...state, seen }
}
