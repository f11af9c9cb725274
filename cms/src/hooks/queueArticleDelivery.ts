import type { Article } from '@redaktion/content-schemas/payload-types'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'

import { queueSiteDelivery, shouldAnnounce } from '../siteWebhook/queueSiteDelivery'

/** What the public site shows of an article: its slug while it is published, or nothing. */
type LiveState = { slug: string } | null

const liveKey = (id: number | string) => `siteWebhook:liveArticle:${id}`

/**
 * The article's live row (drafts are saved as versions only): the slug the site serves it
 * under, or null when it is not published.
 */
async function readLiveState(req: PayloadRequest, id: number | string): Promise<LiveState> {
  const live = (await req.payload.db.findOne({
    collection: 'articles',
    where: { id: { equals: id } },
    select: { _status: true, slug: true },
    req,
  })) as Pick<Article, '_status' | 'slug'> | null
  return live?._status === 'published' ? { slug: live.slug } : null
}

/**
 * Notes what the site shows of the article before the change. `originalDoc` cannot tell: it is
 * the newest version, which is a draft whenever unpublished edits are pending.
 */
export const rememberLiveArticle: CollectionBeforeChangeHook<Article> = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.id || !shouldAnnounce(req)) return data
  context[liveKey(originalDoc.id)] = await readLiveState(req, originalDoc.id)
  return data
}

/**
 * Announces a publish, an edit of a published article (with the old slug when the permalink
 * changed) and an unpublish. Drafts and autosaves leave the live article alone: no delivery.
 */
export const queueArticleDelivery: CollectionAfterChangeHook<Article> = async ({
  context,
  doc,
  req,
}) => {
  if (!shouldAnnounce(req)) return doc
  const key = liveKey(doc.id)
  const before = (context[key] as LiveState | undefined) ?? null
  delete context[key]

  if (doc._status === 'published') {
    await queueSiteDelivery({
      req,
      event: before ? 'update' : 'publish',
      collection: 'articles',
      ids: [doc.id],
      slugs: [doc.slug, before?.slug],
    })
    return doc
  }
  // A draft: either saved beside the live article (which stays) or an unpublish.
  if (!before || (await readLiveState(req, doc.id))) return doc
  await queueSiteDelivery({
    req,
    event: 'unpublish',
    collection: 'articles',
    ids: [doc.id],
    slugs: [before.slug, doc.slug],
  })
  return doc
}

/** A deleted article that was published leaves the site. */
export const queueArticleDeletion: CollectionAfterDeleteHook<Article> = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  await queueSiteDelivery({
    req,
    event: 'delete',
    collection: 'articles',
    ids: [doc.id],
    slugs: [doc.slug],
  })
  return doc
}
