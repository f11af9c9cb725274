import type { Access } from 'payload'

import { isAdminUser } from './roles'

export const adminOrSelf: Access = ({ req: { user } }) => {
  if (isAdminUser(user)) return true
  if (user) return { id: { equals: user.id } }
  return false
}
