import type { ServerProps } from 'payload'

import { isStaffUser } from '../access/roles'

/** The sidebar's way to the Sidfeedback view, under the collections, for staff. */
export function PageFeedbackNavLink({ payload, user }: ServerProps) {
  if (!isStaffUser(user as Parameters<typeof isStaffUser>[0])) return null
  return (
    <a className="nav__link page-feedback-nav" href={`${payload.config.routes.admin}/sidfeedback`}>
      <span className="nav__link-label">Sidfeedback: vad läsarna saknar</span>
    </a>
  )
}
