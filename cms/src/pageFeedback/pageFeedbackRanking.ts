import type { Payload, TypedUser } from 'payload'

import { rankPages, type FeedbackRow, type PageRanking } from './rankPages'
import { stockholmDay, stockholmDayBefore } from './stockholmDay'

/** How far back the Sidfeedback view looks, today included. */
export const RANKING_DAYS = 30

export interface FeedbackRanking {
  /** First and last day counted (YYYY-MM-DD, Stockholm). */
  from: string
  to: string
  pages: PageRanking[]
}

/**
 * The Sidfeedback view's data: the last 30 days' answers, read with the user's own access
 * (staff only), ranked by the share of Nej.
 */
export async function pageFeedbackRanking({
  payload,
  user,
  now = new Date(),
}: {
  payload: Payload
  user: TypedUser
  now?: Date
}): Promise<FeedbackRanking> {
  const from = stockholmDayBefore(now, RANKING_DAYS - 1)
  const { docs } = await payload.find({
    collection: 'page-feedback',
    where: { day: { greater_than_equal: from } },
    select: { page: true, day: true, answer: true, text: true },
    pagination: false,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return { from, to: stockholmDay(now), pages: rankPages(docs as FeedbackRow[]) }
}
