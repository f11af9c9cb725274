import type { Access } from 'payload'

import { isStaffUser } from './roles'

/**
 * Readers (and the site's build) see a comment only once an editor has approved it, and then
 * only its article, name, text and date: the other fields are staff's or editors'.
 */
export const approvedCommentOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { status: { equals: 'approved' } }
}
