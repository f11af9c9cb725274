import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { isStaffField } from '../access/isStaff'
import { uniqueSlugField } from '../fields/uniqueSlug'
import { queueDependencyDeletion, queueDependencyDelivery } from '../hooks/queueDependencyDelivery'

/** Bylines. Not every author is a user: debate writers sign pieces without an account. */
export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: { singular: 'Skribent', plural: 'Skribenter' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'title', 'slug'], group: 'Innehåll' },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { afterChange: [queueDependencyDelivery], afterDelete: [queueDependencyDeletion] },
  fields: [
    { name: 'name', type: 'text', label: 'Namn', required: true },
    uniqueSlugField({ collection: 'authors', useAsSlug: 'name', fallback: 'skribent' }),
    {
      name: 'title',
      type: 'text',
      label: 'Titel',
      admin: { description: 't.ex. Reporter eller Debattör' },
    },
    { name: 'bio', type: 'textarea', label: 'Presentation', maxLength: 1000 },
    { name: 'photo', type: 'upload', label: 'Porträtt', relationTo: 'media' },
    {
      name: 'email',
      type: 'email',
      label: 'E-post (visas inte publikt)',
      access: { read: isStaffField },
    },
  ],
}
