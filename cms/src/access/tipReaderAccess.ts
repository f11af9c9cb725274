import type { Access } from 'payload'

import { hasRole, isEditorUser } from './roles'

/** A tip's thread is read by whoever reads the tip: editors and the tip's assignee. */
export const tipReaderAccess: Access = ({ req: { user } }) => {
  if (isEditorUser(user)) return true
  if (user && hasRole(user, 'journalist')) return { 'tip.assignee': { equals: user.id } }
  return false
}

/**
 * Writing into a tip's thread: a query filter cannot guard a create (there is no document yet),
 * so the tip the new message names is looked up with the user's own access.
 */
export const tipWriterAccess: Access = async ({ req, data }) => {
  const { user } = req
  if (isEditorUser(user)) return true
  if (!user || !hasRole(user, 'journalist')) return false
  const tip = (data as { tip?: unknown } | undefined)?.tip
  const tipId = typeof tip === 'object' && tip !== null ? (tip as { id?: unknown }).id : tip
  if (typeof tipId !== 'string' || tipId === '') return false
  const { totalDocs } = await req.payload.count({
    collection: 'tips',
    where: { id: { equals: tipId } },
    user,
    overrideAccess: false,
    req,
  })
  return totalDocs === 1
}
