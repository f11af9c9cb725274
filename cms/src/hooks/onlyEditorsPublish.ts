import type { CollectionBeforeChangeHook } from 'payload'
import { Forbidden } from 'payload'

import { isEditorUser } from '../access/roles'

/**
 * The last word on publishing, whatever the route (create, update, duplicate, version restore,
 * scheduled publish): a write by a signed-in user that would leave the document published must
 * come from an editor. A create inherits the source's status when it duplicates, so that counts
 * too. Writes without a user are the server's own (seed, jobs) and were authorised upstream.
 */
export const onlyEditorsPublish: CollectionBeforeChangeHook = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!req.user || isEditorUser(req.user)) return data
  const inherited = operation === 'create' ? originalDoc?._status : undefined
  if ((data._status ?? inherited) === 'published') throw new Forbidden(req.t)
  return data
}
