// When the publisher has the build server render a preview, as a pure function of the
// scheduler's state and the time (scheduler.ts runs the builds). A preview never delays a
// publish: previews go to the build server one at a time and only while no build runs and
// none is due within PREVIEW_SLACK_MS, so a build that becomes due waits at most for the one
// preview in hand (well under a second), never for those queued behind it. Previews of one
// article coalesce: only the newest draft waits, and everyone who asked gets its page.
import type { PreviewRequest } from '@redaktion/content-schemas/preview'

import type { SchedulerState } from './scheduler'

/** A build due sooner than this is not made to wait for a preview started now. */
export const PREVIEW_SLACK_MS = 1000

/** One article's preview: the newest draft asked for and whoever waits for it. */
export interface PreviewJob<Waiter> {
  articleId: string
  request: PreviewRequest
  waiters: Waiter[]
}

export interface PreviewQueue<Waiter> {
  /** The preview the build server renders now. */
  running: PreviewJob<Waiter> | null
  /** Waiting, oldest first, at most one per article. */
  waiting: PreviewJob<Waiter>[]
}

export const emptyPreviewQueue = <Waiter>(): PreviewQueue<Waiter> => ({
  running: null,
  waiting: [],
})

/** Queues a preview; a waiting one of the same article takes the newer draft and its waiter. */
export function askPreview<Waiter>(
  queue: PreviewQueue<Waiter>,
  request: PreviewRequest,
  waiter: Waiter,
): PreviewQueue<Waiter> {
  const articleId = request.article.id
  const same = queue.waiting.find((job) => job.articleId === articleId)
  if (!same)
    return { ...queue, waiting: [...queue.waiting, { articleId, request, waiters: [waiter] }] }
  return {
    ...queue,
    waiting: queue.waiting.map((job) =>
      job === same ? { articleId, request, waiters: [...job.waiters, waiter] } : job,
    ),
  }
}

/**
 * Whether a preview may go to the build server now: no build runs and none is due within
 * `slackMs` (one is due when changes are pending and the scheduler's timer is set).
 */
export function mayStartPreview(
  {
    building,
    wakeAt,
    queue,
    isClosed,
  }: Pick<SchedulerState, 'building' | 'wakeAt' | 'queue' | 'isClosed'>,
  nowMs: number,
  slackMs = PREVIEW_SLACK_MS,
): boolean {
  if (isClosed || building) return false
  const isBuildDue = queue.pending.length > 0 && wakeAt !== null && wakeAt - nowMs <= slackMs
  return !isBuildDue
}

/** The preview to start now, if any: none while one runs or while `mayStart` is false. */
export function nextPreview<Waiter>(
  queue: PreviewQueue<Waiter>,
  mayStart: boolean,
): { queue: PreviewQueue<Waiter>; job: PreviewJob<Waiter> | null } {
  const [job, ...rest] = queue.waiting
  if (queue.running || !mayStart || !job) return { queue, job: null }
  return { queue: { running: job, waiting: rest }, job }
}

/** The running preview is answered. */
export function finishPreview<Waiter>(queue: PreviewQueue<Waiter>): PreviewQueue<Waiter> {
  return { ...queue, running: null }
}
