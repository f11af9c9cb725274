import type { SiteWebhookEvent } from '@redaktion/content-schemas/siteWebhook'
import type { Comment } from '@redaktion/content-schemas/payload-types'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { queueSiteDelivery, shouldAnnounce } from '../siteWebhook/queueSiteDelivery'

/**
 * The comment itself is the change: the site fetches it again (an approved comment comes back,
 * any other does not) and renders the one article page that lists it. The article's slug goes
 * along for hosts that rebuild by slug.
 */
async function announceComment(
  req: PayloadRequest,
  doc: Comment,
  event: SiteWebhookEvent,
): Promise<void> {
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
    event,
    collection: 'comments',
    ids: [doc.id],
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
  if (wasPublic !== isPublic) await announceComment(req, doc, isPublic ? 'publish' : 'unpublish')
  else if (isEdited) await announceComment(req, doc, 'update')
  return doc
}

/** Deleting an approved comment takes it off the article's page. */
export const queueCommentDeletion: CollectionAfterDeleteHook<Comment> = async ({ doc, req }) => {
  if (doc.status === 'approved' && shouldAnnounce(req)) await announceComment(req, doc, 'delete')
  return doc
}
