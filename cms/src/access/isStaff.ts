import type { Access, FieldAccess } from 'payload'

import { isStaffUser } from './roles'

/** Any signed-in member of the newsroom. */
export const isStaff: Access = ({ req: { user } }) => isStaffUser(user)
export const isStaffField: FieldAccess = ({ req: { user } }) => isStaffUser(user)
