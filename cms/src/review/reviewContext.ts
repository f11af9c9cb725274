/** What the review endpoint hands the article hooks alongside the status (`req.context`). */
export interface ReviewContext {
  /** The note typed with "Skicka för granskning", "Skicka tillbaka" or "Godkänn". */
  reviewNote?: string
  /** ISO time an approval scheduled the publish for. */
  reviewPublishAt?: string
}

export const readReviewContext = (context: Record<string, unknown>): ReviewContext => ({
  reviewNote: typeof context.reviewNote === 'string' ? context.reviewNote : undefined,
  reviewPublishAt:
    typeof context.reviewPublishAt === 'string' ? context.reviewPublishAt : undefined,
})
