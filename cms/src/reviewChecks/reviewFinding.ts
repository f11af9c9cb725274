/** Which check found something: stable, for grouping in the admin and for tests. */
export type ReviewCheck =
  | 'lead'
  | 'hero-alt'
  | 'hero-caption'
  | 'hero-photographer'
  | 'heading-levels'
  | 'seo-title'
  | 'seo-description'
  | 'insecure-link'
  | 'accessibility'
  | 'not-checked'

/** One piece of advice before publishing, in Swedish. Advice only: nothing is blocked. */
export interface ReviewFinding {
  check: ReviewCheck
  message: string
  /** Where to read more (axe-core's rule pages). */
  helpUrl?: string
}
