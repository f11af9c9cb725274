import type { PageFeedback } from '@redaktion/content-schemas/payload-types'

export type FeedbackRow = Pick<PageFeedback, 'page' | 'day' | 'answer' | 'text'>

export interface PageRanking {
  page: string
  yes: number
  no: number
  /** Nej of all answers, 0–1. */
  noShare: number
  /** What readers who answered Nej missed, newest first. */
  texts: { day: string; text: string }[]
}

/**
 * Pages ranked by the share of Nej, the most answered first among equal shares (ten Nej of ten
 * weigh more than one of one), then by path so the order is stable.
 */
export function rankPages(rows: FeedbackRow[]): PageRanking[] {
  const pages = new Map<string, PageRanking>()
  for (const row of rows) {
    const ranking = pages.get(row.page) ?? { page: row.page, yes: 0, no: 0, noShare: 0, texts: [] }
    if (row.answer === 'no') ranking.no += 1
    else ranking.yes += 1
    if (row.text) ranking.texts.push({ day: row.day, text: row.text })
    pages.set(row.page, ranking)
  }
  return [...pages.values()]
    .map((ranking) => ({
      ...ranking,
      noShare: ranking.no / (ranking.yes + ranking.no),
      texts: ranking.texts.sort((a, b) => b.day.localeCompare(a.day)),
    }))
    .sort(
      (a, b) =>
        b.noShare - a.noShare ||
        b.yes + b.no - (a.yes + a.no) ||
        (a.page < b.page ? -1 : a.page > b.page ? 1 : 0),
    )
}
