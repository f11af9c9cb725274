import { articlePath } from '@redaktion/content-schemas/paths'
import type { PayloadRequest } from 'payload'

export interface DebatePublication {
  /** ISO time the article was published, or the earliest publish scheduled for it. */
  publishAt: string
  isPublished: boolean
  /** The public page, once published. */
  articleUrl?: string
}

/**
 * When a debate piece's article comes out: its publication date once published, else the
 * earliest pending "Schemalägg publicering" (Payload's schedulePublish job). Null when neither.
 */
export async function debatePublication(
  req: PayloadRequest,
  articleId: string | null,
): Promise<DebatePublication | null> {
  if (!articleId) return null
  const live = await liveArticle(req, articleId)
  if (live?.publishedAt) {
    return { publishAt: live.publishedAt, isPublished: true, articleUrl: live.url }
  }
  const pending = await req.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    select: { input: true, waitUntil: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const times = pending.docs
    .filter((job) => {
      const input = job.input as { type?: string; doc?: { value?: unknown } } | undefined
      return input?.type === 'publish' && String(input.doc?.value) === String(articleId)
    })
    .map((job) => job.waitUntil)
    .filter((at): at is string => typeof at === 'string')
    .sort()
  return times[0] ? { publishAt: times[0], isPublished: false } : null
}

/** The published version of an article, with its public address; null while unpublished. */
export async function liveArticle(
  req: PayloadRequest,
  articleId: string,
): Promise<{ title: string; publishedAt?: string | null; url?: string } | null> {
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { and: [{ id: { equals: articleId } }, { _status: { equals: 'published' } }] },
    select: { title: true, slug: true, publishedAt: true },
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const article = docs[0]
  if (!article) return null
  const siteUrl = (req.payload.config.custom as { siteUrl?: string } | undefined)?.siteUrl
  return {
    title: article.title,
    publishedAt: article.publishedAt,
    url: siteUrl && article.slug ? new URL(articlePath(article.slug), siteUrl).href : undefined,
  }
}
