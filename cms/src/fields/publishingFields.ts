import type { Field } from 'payload'

import { isStaffField } from '../access/isStaff'

/** Who created the document; journalists may edit only their own never-published drafts. */
export const createdByField: Field = {
  name: 'createdBy',
  type: 'relationship',
  label: 'Skapad av',
  relationTo: 'users',
  disableDuplicate: true,
  // Staff only: through it a reader could query (and so binary-search) the users collection.
  access: { read: isStaffField, create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
}

/**
 * Payload's own status field (merged with this one): a copy starts as a draft instead of
 * inheriting the source's status; publishing it is a publish like any other.
 */
export const draftOnCopyStatusField: Field = {
  name: '_status',
  type: 'select',
  options: [],
  disableDuplicate: true,
}
