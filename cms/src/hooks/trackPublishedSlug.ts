import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

/**
 * Remembers the slug an article was last published under. When a publish changes it, the old
 * slug is handed to `keepSlugRedirect` through the request context. Only an update has a
 * previous publication: on a create (a duplicate included) `originalDoc` is another article.
 */
export const trackPublishedSlug: CollectionBeforeChangeHook = ({
  context,
  data,
  operation,
  originalDoc,
}) => {
  if (data._status !== 'published') return data
  const slug = data.slug ?? (operation === 'update' ? originalDoc?.slug : undefined)
  const previous = operation === 'update' ? originalDoc?.publishedSlug : undefined
  if (previous && slug && previous !== slug) context.redirectFromSlug = previous
  data.publishedSlug = slug
  return data
}

/** Keeps old permalinks working: the old slug now redirects to the article. */
export const keepSlugRedirect: CollectionAfterChangeHook = async ({ context, doc, req }) => {
  const from = context.redirectFromSlug
  if (typeof from !== 'string') return doc
  delete context.redirectFromSlug
  const { payload } = req
  await payload.delete({
    collection: 'redirects',
    where: { from: { in: [from, doc.slug] } },
    req,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'redirects',
    data: { from, to: doc.id },
    req,
    overrideAccess: true,
  })
  payload.logger.info(`Article ${doc.id}: slug "${from}" now redirects to "${doc.slug}"`)
  return doc
}
