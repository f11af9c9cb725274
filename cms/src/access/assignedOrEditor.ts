import type { Access } from 'payload'

import { hasRole, isEditorUser } from './roles'

/** Source protection: a tip is seen by editors and by the journalist it is assigned to, no one else. */
export const assignedOrEditor: Access = ({ req: { user } }) => {
  if (isEditorUser(user)) return true
  if (user && hasRole(user, 'journalist')) return { assignee: { equals: user.id } }
  return false
}
