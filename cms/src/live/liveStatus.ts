import type { DocumentLive } from '@redaktion/content-schemas/preview'

/** One article as `GET /api/site/live` answers it for the admin. */
export interface ArticleLiveStatus {
  id: string
  /** Whether the article has a published version now (a draft or an unpublished one: false). */
  isPublished: boolean
  /** When the published version was saved (ISO 8601): the publish the site should catch up with. */
  publishedVersionAt: string | null
  /** The public page (SITE_URL + the article's path), while published. */
  url: string | null
  /** The publisher's record of the newest delivery naming the article; null when not asked. */
  live: DocumentLive | null
}

/** `GET /api/site/live`: the readable articles asked about, and why the publisher is missing. */
export interface LiveStatusAnswer {
  documents: ArticleLiveStatus[]
  /** In Swedish, when the publisher could not be asked (not configured, not answering). */
  problem: string | null
}
