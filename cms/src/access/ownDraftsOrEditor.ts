import type { Access, Where } from 'payload'

import { hasRole, isEditorUser } from './roles'

/**
 * Editors update any article. A journalist updates only articles they created that have never
 * been published, and may not publish them.
 */
export const ownDraftsOrEditor: Access = ({ req: { user }, data }) => {
  if (isEditorUser(user)) return true
  if (!user || !hasRole(user, 'journalist') || data?._status === 'published') return false
  const ownUnpublished: Where = {
    and: [{ createdBy: { equals: user.id } }, { publishedAt: { exists: false } }],
  }
  return ownUnpublished
}
