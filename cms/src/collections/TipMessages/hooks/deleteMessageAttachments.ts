import type { TipMessage } from '@redaktion/content-schemas/payload-types'

import type { CollectionAfterDeleteHook } from 'payload'

/** A tipster's files go with the message that carried them (and with it, with the tip). */
export const deleteMessageAttachments: CollectionAfterDeleteHook<TipMessage> = async ({
  doc,
  req,
}) => {
  const ids = (doc.attachments ?? []).map((file) => (typeof file === 'object' ? file.id : file))
  if (ids.length === 0) return doc
  await req.payload.delete({
    collection: 'tip-attachments',
    where: { id: { in: ids } },
    req,
    overrideAccess: true,
  })
  return doc
}
