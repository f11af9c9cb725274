import type { Comment } from '@redaktion/content-schemas/payload-types'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { queueSiteDelivery, shouldAnnounce } from '../siteWebhook/queueSiteDelivery'

/** The article's page shows its approved comments, so it is rebuilt when they change. */
async function announceArticle(req: PayloadRequest, doc: Comment): Promise<void> {
  const articleId = typeof doc.article === 'object' ? doc.article.id : doc.article
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    select: { slug: true, _status: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (article?._status !== 'published') return
  await queueSiteDelivery({
    req,
    event: 'update',
    collection: 'articles',
    ids: [articleId],
    slugs: [article.slug],
  })
}

/**
 * Approving a comment, withdrawing an approval (rejected or back to pending), and editing the
 * name or text of an approved comment change the article's page; a pending or rejected comment
 * is nowhere on the site, so changes to it announce nothing.
 */
export const queueCommentDelivery: CollectionAfterChangeHook<Comment> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (!shouldAnnounce(req)) return doc
  const wasPublic = operation === 'update' && previousDoc?.status === 'approved'
  const isPublic = doc.status === 'approved'
  const isEdited =
    wasPublic && isPublic && (doc.text !== previousDoc.text || doc.name !== previousDoc.name)
  if (wasPublic !== isPublic || isEdited) await announceArticle(req, doc)
  return doc
}

/** Deleting an approved comment takes it off the article's page. */
export const queueCommentDeletion: CollectionAfterDeleteHook<Comment> = async ({ doc, req }) => {
  if (doc.status === 'approved' && shouldAnnounce(req)) await announceArticle(req, doc)
  return doc
}
