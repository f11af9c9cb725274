import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { hasRole, isEditorUser } from '../access/roles'
import { isReviewStatus, type ReviewStatus } from './reviewStatus'
import { judgeTransition } from './transitions'

/**
 * The server's check of every editorial status change, whatever the route (REST, GraphQL, the
 * local API with a user, bulk update, duplicate, version restore): `judgeTransition` decides,
 * a refusal is a 403 with the Swedish reason. A publish marks the article approved (it is an
 * approval; a later draft keeps that status until someone moves it). Other writes without a
 * user are the server's own (seed, jobs) and are not checked.
 */
export const guardReviewStatus: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  // Only an editor or the server publishes (onlyEditorsPublish runs first).
  if (data._status === 'published') return { ...data, reviewStatus: 'approved' }
  const { user } = req
  if (!user) return data
  const from: ReviewStatus =
    operation === 'update' && isReviewStatus(originalDoc?.reviewStatus)
      ? originalDoc.reviewStatus
      : 'writing'
  const to = data.reviewStatus === undefined ? from : data.reviewStatus
  if (!isReviewStatus(to)) {
    throw new APIError('Fältet Redaktionell status har ett okänt värde.', 400, undefined, true)
  }
  const role = isEditorUser(user) ? 'editor' : hasRole(user, 'journalist') ? 'journalist' : null
  const verdict = role
    ? judgeTransition({ from, to, role })
    : { isAllowed: false as const, message: 'Bara redaktionen kan ändra status.' }
  if (!verdict.isAllowed) throw new APIError(verdict.message, 403, undefined, true)
  return data
}
