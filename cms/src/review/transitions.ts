import type { ReviewStatus } from './reviewStatus'

export type ReviewRole = 'journalist' | 'editor'

/** What a status change means in the thread and the mail, by who makes it. */
export type ReviewEvent = 'submitted' | 'withdrawn' | 'returned' | 'inReview' | 'approved'

export type TransitionVerdict =
  { isAllowed: true; event: ReviewEvent | null } | { isAllowed: false; message: string }

/**
 * Who may move an article from one editorial status to another. Pure, so every pair is tested
 * without Payload (transitions.test.ts). A journalist hands their own article in and takes it
 * back (Skrivs ⇄ Klar för granskning); everything else is the editors' (the hook has already
 * left only own articles to journalists, through update access). Editors may make any move,
 * including handing in on a journalist's behalf.
 */
export function judgeTransition({
  from,
  to,
  role,
}: {
  from: ReviewStatus
  to: ReviewStatus
  role: ReviewRole
}): TransitionVerdict {
  if (from === to) return { isAllowed: true, event: null }
  if (role === 'journalist') {
    if (from === 'writing' && to === 'submitted') return { isAllowed: true, event: 'submitted' }
    if (from === 'submitted' && to === 'writing') return { isAllowed: true, event: 'withdrawn' }
    return {
      isAllowed: false,
      message:
        to === 'writing'
          ? 'Fältet Redaktionell status: bara en redaktör kan skicka tillbaka en artikel som granskas eller är godkänd.'
          : 'Fältet Redaktionell status: bara en redaktör kan ta artikeln till granskning eller godkänna den. Du kan skicka den för granskning.',
    }
  }
  return { isAllowed: true, event: EDITOR_EVENTS[to] }
}

const EDITOR_EVENTS: Record<ReviewStatus, ReviewEvent> = {
  writing: 'returned',
  submitted: 'submitted',
  inReview: 'inReview',
  approved: 'approved',
}
