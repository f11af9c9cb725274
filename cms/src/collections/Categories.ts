import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { uniqueSlugField } from '../fields/uniqueSlug'
import { queueDependencyDeletion, queueDependencyDelivery } from '../hooks/queueDependencyDelivery'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Kategori', plural: 'Kategorier' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug'], group: 'Innehåll' },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { afterChange: [queueDependencyDelivery], afterDelete: [queueDependencyDeletion] },
  fields: [
    { name: 'title', type: 'text', label: 'Namn', required: true },
    uniqueSlugField({ collection: 'categories', fallback: 'kategori' }),
    { name: 'description', type: 'textarea', label: 'Beskrivning', maxLength: 500 },
  ],
}
