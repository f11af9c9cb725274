import type { CollectionAfterChangeHook } from 'payload'

import { hasRole, isEditorUser } from '../access/roles'
import { readReviewContext } from './reviewContext'
import { isReviewStatus } from './reviewStatus'
import { judgeTransition, type ReviewEvent } from './transitions'

/** Events that mail someone: the editors on a hand-in, the journalist on a return or approval. */
const MAILED = ['submitted', 'returned', 'approved'] as const
type MailedEvent = (typeof MAILED)[number]
const isMailed = (event: ReviewEvent): event is MailedEvent =>
  (MAILED as readonly string[]).includes(event)

/**
 * After a status change: the change (with its note) goes into the article's internal thread,
 * so the history is in one place, and a mail job is queued with the change, so it leaves only
 * once the change is committed and is retried on failure. A publish that approved the article
 * is noted in the thread but mails no one: the journalist sees it go live.
 */
export const recordReviewEvent: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  const from =
    operation === 'update' && isReviewStatus(previousDoc?.reviewStatus)
      ? previousDoc.reviewStatus
      : 'writing'
  const to = doc.reviewStatus
  if (!isReviewStatus(to) || from === to) return doc
  const role = isEditorUser(req.user) || !hasRole(req.user, 'journalist') ? 'editor' : 'journalist'
  const verdict = judgeTransition({ from, to, role })
  if (!verdict.isAllowed || !verdict.event) return doc
  const { event } = verdict
  const { reviewNote, reviewPublishAt } = readReviewContext(context)
  const comment = await req.payload.create({
    collection: 'article-comments',
    data: { article: doc.id, text: reviewNote ?? '', event },
    depth: 0,
    overrideAccess: true,
    req,
  })
  const isPublish = doc._status === 'published' && previousDoc?._status !== 'published'
  if (isMailed(event) && !isPublish) {
    await req.payload.jobs.queue({
      task: 'sendReviewMail',
      input: {
        event,
        articleId: String(doc.id),
        commentId: String(comment.id),
        ...(reviewPublishAt ? { publishAt: reviewPublishAt } : {}),
      },
      req,
    })
  }
  return doc
}
