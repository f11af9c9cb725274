import type { Access, PayloadRequest, Where } from 'payload'

import { hasRole, isEditorUser, isStaffUser } from '../access/roles'

const idOf = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null
}

/** The articles a journalist was mentioned on: being mentioned puts them on the article. */
async function articlesMentioning(req: PayloadRequest, userId: string): Promise<string[]> {
  const { docs } = await req.payload.find({
    collection: 'article-comments',
    where: { mentions: { in: [userId] } },
    select: { article: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return [...new Set(docs.map((doc) => idOf(doc.article)).filter((id) => id !== null))]
}

/**
 * Internal comments are read by editors, and by a journalist only on the articles they are on:
 * the ones they created or were @-mentioned on. Readers never.
 */
export const commentsOnOwnArticlesOrEditor: Access = async ({ req }) => {
  const { user } = req
  if (isEditorUser(user)) return true
  if (!user || !hasRole(user, 'journalist')) return false
  const mentioned = await articlesMentioning(req, String(user.id))
  const onArticle: Where = {
    or: [
      { 'article.createdBy': { equals: user.id } },
      ...(mentioned.length > 0 ? [{ article: { in: mentioned } }] : []),
    ],
  }
  return onArticle
}

/** Whether a staff member may write in an article's thread (the same rule as reading it). */
export async function isOnArticle(req: PayloadRequest, articleId: string): Promise<boolean> {
  const { user } = req
  if (isEditorUser(user)) return true
  if (!user || !hasRole(user, 'journalist')) return false
  const article = await req.payload.findByID({
    collection: 'articles',
    id: articleId,
    draft: true,
    select: { createdBy: true },
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!article) return false
  if (idOf(article.createdBy) === String(user.id)) return true
  return (await articlesMentioning(req, String(user.id))).includes(articleId)
}

/** Nobody edits another's comment, editors included. */
export const ownComment: Access = ({ req: { user } }) => {
  if (!user || !isStaffUser(user)) return false
  const own: Where = { author: { equals: user.id } }
  return own
}

/** One's own comment, or any for editors (to take down what should not stand). */
export const ownCommentOrEditor: Access = (args) =>
  isEditorUser(args.req.user) ? true : ownComment(args)
