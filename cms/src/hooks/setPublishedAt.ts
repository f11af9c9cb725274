import type { CollectionBeforeChangeHook } from 'payload'

/** The first publish stamps `publishedAt`; later publishes keep it (updatedAt tells the rest). */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
