import type { CollectionBeforeChangeHook } from 'payload'

/** Records who created a document; ownership drives what journalists may edit. */
export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && !data.createdBy) {
    data.createdBy = req.user.id
  }
  return data
}
