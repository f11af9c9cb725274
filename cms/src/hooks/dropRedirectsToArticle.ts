import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A redirect must point at an article (its `to` is required), so the article's old slugs go
 * with it: afterwards they answer 404 like any unknown address.
 */
export const dropRedirectsToArticle: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'redirects',
    where: { to: { equals: id } },
    req,
    overrideAccess: true,
  })
}
