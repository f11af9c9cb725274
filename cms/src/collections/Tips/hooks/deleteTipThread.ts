import type { Tip } from '@redaktion/content-schemas/payload-types'

import type { CollectionAfterDeleteHook } from 'payload'

/** A tip's Svarslåda thread, and the files in it, go with the tip (by hand or by retention). */
export const deleteTipThread: CollectionAfterDeleteHook<Tip> = async ({ doc, req }) => {
  await req.payload.delete({
    collection: 'tip-messages',
    where: { tip: { equals: doc.id } },
    req,
    overrideAccess: true,
  })
  return doc
}
