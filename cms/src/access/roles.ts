import type { Role } from '@redaktion/content-schemas/options'
import type { PayloadRequest } from 'payload'

type MaybeUser = PayloadRequest['user']

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user && 'role' in user && roles.includes(user.role as Role))
}

export const isAdminUser = (user: MaybeUser): boolean => hasRole(user, 'admin')
export const isEditorUser = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')
export const isStaffUser = (user: MaybeUser): boolean =>
  hasRole(user, 'admin', 'editor', 'journalist')
