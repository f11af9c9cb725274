import type { Access, FieldAccess } from 'payload'

import { isEditorUser } from './roles'

/** Editors and admins: everything on content and submissions. */
export const isEditor: Access = ({ req: { user } }) => isEditorUser(user)
export const isEditorField: FieldAccess = ({ req: { user } }) => isEditorUser(user)
