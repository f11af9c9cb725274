import type { Access } from 'payload'

import { isStaffUser } from './roles'

/** Readers see a correction only once its notice is published; reporter fields stay hidden. */
export const publishedNoticeOrStaff: Access = ({ req: { user } }) => {
  if (isStaffUser(user)) return true
  return { noticePublishedAt: { exists: true } }
}
