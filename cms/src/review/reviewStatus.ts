/**
 * The editorial status beside Payload's draft/published. Stored values are English, labels
 * Swedish. CMS-only: the site never reads it, so it lives here rather than in content-schemas.
 */
export const REVIEW_STATUSES = ['writing', 'submitted', 'inReview', 'approved'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const reviewStatusOptions = [
  { value: 'writing', label: 'Skrivs' },
  { value: 'submitted', label: 'Klar för granskning' },
  { value: 'inReview', label: 'Granskas' },
  { value: 'approved', label: 'Klar att publicera' },
] as const satisfies { value: ReviewStatus; label: string }[]

/** Statuses in which an article waits for an editor. */
export const WAITING_STATUSES: readonly ReviewStatus[] = ['submitted', 'inReview']

export const isReviewStatus = (value: unknown): value is ReviewStatus =>
  typeof value === 'string' && (REVIEW_STATUSES as readonly string[]).includes(value)

export const reviewStatusLabel = (status: ReviewStatus): string =>
  reviewStatusOptions.find((option) => option.value === status)?.label ?? status
