import type { CollectionBeforeDeleteHook } from 'payload'

/** An article's fact-check links go with it (a link must name its article). */
export const dropPreviewLinks: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'preview-links',
    where: { article: { equals: id } },
    req,
    overrideAccess: true,
  })
}
