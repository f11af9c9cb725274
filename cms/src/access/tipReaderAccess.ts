import type { Access } from 'payload'

import { hasRole, isEditorUser } from './roles'

/** A tip's thread is read by whoever reads the tip: editors and the tip's assignee. */
export const tipReaderAccess: Access = ({ req: { user } }) => {
  if (isEditorUser(user)) return true
  if (user && hasRole(user, 'journalist')) return { 'tip.assignee': { equals: user.id } }
  return false
}
