import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { queueDependencyDeletion, queueDependencyDelivery } from '../hooks/queueDependencyDelivery'

/** Old article slugs that must keep working; written by the articles' slug hook. */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: { singular: 'Omdirigering', plural: 'Omdirigeringar' },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'to', 'createdAt'],
    group: 'Administration',
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { afterChange: [queueDependencyDelivery], afterDelete: [queueDependencyDeletion] },
  fields: [
    { name: 'from', type: 'text', label: 'Gammal slug', required: true, unique: true, index: true },
    {
      name: 'to',
      type: 'relationship',
      label: 'Till artikel',
      relationTo: 'articles',
      required: true,
    },
  ],
}
