import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { uniqueSlugField } from '../fields/uniqueSlug'
import { queueDependencyDeletion, queueDependencyDelivery } from '../hooks/queueDependencyDelivery'

/** Topic series such as "På djupet: Tillitsreformen". */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: 'Ämnesserie', plural: 'Ämnesserier' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug'], group: 'Innehåll' },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { afterChange: [queueDependencyDelivery], afterDelete: [queueDependencyDeletion] },
  fields: [
    { name: 'title', type: 'text', label: 'Namn', required: true },
    uniqueSlugField({ collection: 'topics', fallback: 'serie' }),
    { name: 'description', type: 'textarea', label: 'Beskrivning', maxLength: 1000 },
    { name: 'image', type: 'upload', label: 'Bild', relationTo: 'media' },
  ],
}
