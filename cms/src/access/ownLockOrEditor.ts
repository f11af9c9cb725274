import type { Access, CollectionBeforeChangeHook, Where } from 'payload'
import { Forbidden } from 'payload'

import { isEditorUser, isStaffUser } from './roles'

/**
 * Document locks (Payload's `payload-locked-documents`): a lock is released by its holder or an
 * editor. Taking a lock over stays open to all staff (the admin's "take over" PATCHes the lock
 * to its own user), but only in one's own name: see `lockInOwnName`.
 */
export const ownLockOrEditor: Access = ({ req: { user } }) => {
  if (isEditorUser(user)) return true
  if (!user || !isStaffUser(user)) return false
  const own: Where = { 'user.value': { equals: user.id } }
  return own
}

/** A lock written through the API names the user who writes it, whatever the body says. */
export const lockInOwnName: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user || isEditorUser(req.user)) return data
  const named = data.user as { relationTo?: unknown; value?: unknown } | undefined
  const namedId = typeof named === 'object' && named !== null ? named.value : named
  if (namedId !== undefined && String(namedId) !== String(req.user.id)) {
    throw new Forbidden(req.t)
  }
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}
