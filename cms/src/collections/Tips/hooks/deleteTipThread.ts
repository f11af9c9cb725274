import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A tip's Svarslåda thread, and the files in it, go with the tip (by hand or by retention);
 * before the tip, since a message cannot outlive the tip it names.
 */
export const deleteTipThread: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'tip-messages',
    where: { tip: { equals: id } },
    req,
    overrideAccess: true,
  })
}
