import type { CollectionBeforeDeleteHook } from 'payload'

/** An article's internal thread goes with it: a comment cannot outlive its article. */
export const deleteArticleThread: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'article-comments',
    where: { article: { equals: id } },
    overrideAccess: true,
    req,
  })
}
