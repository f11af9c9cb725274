import type { Comment } from '@redaktion/content-schemas/payload-types'
import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Records who moderated a comment and when, whenever its status changes (or an editor creates
 * one already decided). The fields are closed
 * to clients, so only this hook writes them (it sets them on `data` after access has run).
 */
export const stampModeration: CollectionBeforeChangeHook<Comment> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const previous = operation === 'update' ? originalDoc?.status : 'pending'
  if (!data.status || data.status === previous) return data
  return {
    ...data,
    moderatedAt: new Date().toISOString(),
    moderatedBy: req.user?.collection === 'users' ? req.user.id : null,
  }
}
