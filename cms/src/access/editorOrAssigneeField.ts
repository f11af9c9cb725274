import type { FieldAccess } from 'payload'

import { isEditorUser } from './roles'

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value

/**
 * Need to know: a reader's contact details are read by editors and by the journalist the
 * submission is assigned to, as with tips.
 */
export const editorOrAssigneeField: FieldAccess = ({ doc, req: { user } }) => {
  if (isEditorUser(user)) return true
  const assignee = idOf(doc?.assignee)
  return Boolean(
    user && assignee !== undefined && assignee !== null && String(assignee) === String(user.id),
  )
}
