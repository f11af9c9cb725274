import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Readers see published documents; the newsroom also sees drafts. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { _status: { equals: 'published' } }
}
