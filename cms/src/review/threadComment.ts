import type { ArticleComment } from '@redaktion/content-schemas/payload-types'

/** What a thread entry is: a comment, or the note of a review step. */
export const COMMENT_EVENTS = [
  'comment',
  'submitted',
  'withdrawn',
  'returned',
  'inReview',
  'approved',
] as const
export type CommentEvent = (typeof COMMENT_EVENTS)[number]

export const COMMENT_EVENT_LABELS: Record<CommentEvent, string> = {
  comment: 'Kommentar',
  submitted: 'Skickade för granskning',
  withdrawn: 'Tog tillbaka',
  returned: 'Skickade tillbaka',
  inReview: 'Började granska',
  approved: 'Godkände',
}

/** A comment as the thread reads it over REST at depth 1 (the author populated). */
export type ThreadComment = ArticleComment
