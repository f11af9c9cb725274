import type { Access } from 'payload'

import { hasRole, isEditorUser } from './roles'

/** Journalists may start articles but not publish them; editors may do both. */
export const canCreateArticle: Access = ({ req: { user }, data }) => {
  if (isEditorUser(user)) return true
  return hasRole(user, 'journalist') && data?._status !== 'published'
}
