import type { CollectionBeforeChangeHook } from 'payload'

import { draftDebateArticle } from './draftDebateArticle'

/**
 * Accepting a debate piece starts its article: when it becomes accepted (or an editor asks for
 * a draft with `context.createArticleDraft`, see the create-draft endpoint) and has no article
 * yet, a Debatt draft is made during the same save and linked.
 */
export const createArticleDraft: CollectionBeforeChangeHook = async ({
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const current = (field: string) =>
    data[field] !== undefined ? data[field] : originalDoc?.[field]
  const isNewlyAccepted = operation === 'create' || originalDoc?.status !== 'accepted'
  const isAsked = isNewlyAccepted || context.createArticleDraft === true
  if (current('status') !== 'accepted' || current('article') || !isAsked) return data

  const piece = {
    title: current('title'),
    text: current('text'),
    document: current('document'),
    authorName: current('authorName'),
    signature: current('signature'),
    repliesTo: current('repliesTo'),
  }
  data.article = await draftDebateArticle({ piece, req })
  req.payload.logger.info(
    `Debate piece ${current('reference')} accepted: article draft ${data.article} created`,
  )
  return data
}
