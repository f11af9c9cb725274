import type { Article, Media } from '@redaktion/content-schemas/payload-types'

/**
 * What the checks read of a draft: the article at depth 1 (the hero image populated, so its alt
 * text, caption and photographer can be read).
 */
export type ReviewArticle = Pick<Article, 'title' | 'lead' | 'body'> & {
  hero?: { image?: string | Media | null; caption?: string | null } | null
}
