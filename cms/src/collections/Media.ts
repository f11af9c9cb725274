import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { isEditor } from '../access/isEditor'
import { isStaff } from '../access/isStaff'
import { queueDependencyDeletion, queueDependencyDelivery } from '../hooks/queueDependencyDelivery'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Bild', plural: 'Bilder' },
  admin: { useAsTitle: 'alt', group: 'Innehåll' },
  // Journalists upload; changing an image (alt text, caption, the file) changes every published
  // article that shows it, so that is an editor's call like any other publish.
  access: { read: anyone, create: isStaff, update: isEditor, delete: isEditor },
  hooks: { afterChange: [queueDependencyDelivery], afterDelete: [queueDependencyDeletion] },
  upload: {
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, height: 533, position: 'centre' },
      { name: 'hero', width: 1600, height: 900, position: 'centre' },
    ],
    formatOptions: { format: 'webp', options: { quality: 82 } },
    adminThumbnail: 'thumbnail',
    // The site asks for each file with its media document's version (`?v=`), so files can be
    // cached for good: that lets site builds reuse their processed images.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'public, max-age=31536000, immutable')
      return headers
    },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Alternativtext',
      required: true,
      maxLength: 300,
      admin: { description: 'Beskriv bilden för den som inte ser den. Obligatorisk.' },
    },
    { name: 'caption', type: 'text', label: 'Bildtext', maxLength: 500 },
    { name: 'photographer', type: 'text', label: 'Fotograf', maxLength: 200 },
  ],
}
