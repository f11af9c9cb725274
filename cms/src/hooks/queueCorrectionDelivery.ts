import type { Correction } from '@redaktion/content-schemas/payload-types'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { queueSiteDelivery, shouldAnnounce } from '../siteWebhook/queueSiteDelivery'

async function announceCorrection(req: PayloadRequest, doc: Correction): Promise<void> {
  const articleId = typeof doc.article === 'object' ? doc.article.id : doc.article
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    select: { slug: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  await queueSiteDelivery({
    req,
    event: 'correction',
    collection: 'corrections',
    ids: [doc.id],
    slugs: [article?.slug],
  })
}

/**
 * A correction notice that is published, withdrawn or reworded changes its article's page and
 * the corrections page. Everything else on a report stays inside the newsroom.
 */
export const queueCorrectionDelivery: CollectionAfterChangeHook<Correction> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (!shouldAnnounce(req)) return doc
  const wasPublic = Boolean(previousDoc?.noticePublishedAt)
  const isPublic = Boolean(doc.noticePublishedAt)
  const isReworded = isPublic && wasPublic && doc.notice !== previousDoc.notice
  if (wasPublic !== isPublic || isReworded) await announceCorrection(req, doc)
  return doc
}

/** Deleting a report with a published notice withdraws the notice. */
export const queueCorrectionDeletion: CollectionAfterDeleteHook<Correction> = async ({
  doc,
  req,
}) => {
  if (doc.noticePublishedAt && shouldAnnounce(req)) await announceCorrection(req, doc)
  return doc
}
