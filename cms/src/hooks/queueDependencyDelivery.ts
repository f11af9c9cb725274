import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { queueSiteDelivery } from '../siteWebhook/queueSiteDelivery'

interface Dependency {
  id: number | string
  slug?: string | null
  /** A redirect's old slug. */
  from?: string | null
}

const slugsOf = (...docs: (Dependency | undefined)[]) =>
  docs.flatMap((doc) => [doc?.slug, doc?.from])

/**
 * An author, category, topic, image or redirect that pages show changed: its pages (and the
 * old ones, when its slug changed) are rebuilt. A new image shows nowhere until it is used.
 */
export const queueDependencyDelivery: CollectionAfterChangeHook<Dependency> = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (collection.upload && operation === 'create') return doc
  await queueSiteDelivery({
    req,
    event: 'dependency',
    collection: collection.slug,
    ids: [doc.id],
    slugs: slugsOf(doc, previousDoc),
  })
  return doc
}

export const queueDependencyDeletion: CollectionAfterDeleteHook<Dependency> = async ({
  collection,
  doc,
  req,
}) => {
  await queueSiteDelivery({
    req,
    event: 'dependency',
    collection: collection.slug,
    ids: [doc.id],
    slugs: slugsOf(doc),
  })
  return doc
}
