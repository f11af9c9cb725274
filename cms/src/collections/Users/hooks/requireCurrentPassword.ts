import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { verifyPassword } from '../../../auth/passwordHash'

/**
 * Changing one's own password or e-mail address takes the current password, so a session left
 * open (or a stolen token) cannot be turned into the account itself. An admin resetting someone
 * else's password is not asked for theirs. Payload itself ends the account's other sessions when
 * the password changes.
 */
export const requireCurrentPassword: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const currentPassword = data.currentPassword
  delete data.currentPassword
  if (operation !== 'update' || !req.user || String(req.user.id) !== String(originalDoc?.id)) {
    return data
  }
  const isChangingPassword = typeof data.password === 'string' && data.password !== ''
  const isChangingEmail =
    typeof data.email === 'string' &&
    data.email.toLowerCase().trim() !== String(originalDoc?.email ?? '').toLowerCase()
  if (!isChangingPassword && !isChangingEmail) return data
  const stored = await req.payload.db.findOne<{
    id: number | string
    hash?: unknown
    salt?: unknown
  }>({
    collection: 'users',
    where: { id: { equals: originalDoc.id } },
    req,
  })
  if (!stored || !(await verifyPassword(stored, currentPassword))) {
    throw new ValidationError({
      collection: 'users',
      errors: [
        {
          path: 'currentPassword',
          message: 'Ange ditt nuvarande lösenord för att byta lösenord eller e-postadress.',
        },
      ],
    })
  }
  return data
}
